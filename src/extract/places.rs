//! Places (written by a helper).
