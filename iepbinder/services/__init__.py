"""Use cases: one short Session per call, frozen DTOs and Changes returned."""
