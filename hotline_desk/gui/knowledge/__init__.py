"""知识库 in the window."""
