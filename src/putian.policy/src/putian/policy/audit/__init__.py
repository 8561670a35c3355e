"""The tamper-evident audit trail (R23): storage, recording, views."""
