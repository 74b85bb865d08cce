"""Table models over lists of DTOs."""
