# Exception messages that span several lines are printed as they are.
raise RuntimeError('first line\nsecond line\n  indented third')
