//! Python's text formatting (placeholder; being written).
