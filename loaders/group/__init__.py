"""Stage: group what several articles printed: quotes (utterances) and claims."""
