//! Reference interpreter (placeholder; being written).
