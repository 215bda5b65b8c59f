package runtime

// PercentFormat is `format % args` for str.
func PercentFormat(th *Thread, format string, args Value) (string, error) {
	return format, nil
}
