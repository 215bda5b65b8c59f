package runtime

// bytes.maketrans and bytes.translate (bytearray has both too: translate
// through baDelegated, maketrans returning bytes as in CPython).

// bytesMaketrans is bytes.maketrans(frm, to): the 256-byte table mapping
// each byte of frm to the byte of to at the same position.
func bytesMaketrans(th *Thread, args []Value, kwargs []KwArg) (Value, error) {
	var frmV, toV Value
	if err := UnpackArgs("maketrans", args, kwargs, "frm", &frmV, "to", &toV, "/"); err != nil {
		return nil, err
	}
	frm, err := bytesArg(frmV)
	if err != nil {
		return nil, err
	}
	to, err := bytesArg(toV)
	if err != nil {
		return nil, err
	}
	if len(frm) != len(to) {
		return nil, NewError(ValueErrorType, "maketrans arguments must have same length")
	}
	table := make([]byte, 256)
	for i := range table {
		table[i] = byte(i)
	}
	for i := 0; i < len(frm); i++ {
		table[frm[i]] = to[i]
	}
	return Bytes(table), nil
}

// bytesTranslate is bytes.translate(table, /, delete=b”).
func bytesTranslate(th *Thread, s string, args []Value, kwargs []KwArg) (Value, error) {
	var tableV Value
	var deleteV Value = Bytes("")
	if err := UnpackArgs("translate", args, kwargs, "table", &tableV, "/", "delete?", &deleteV); err != nil {
		return nil, err
	}
	var table string
	if tableV != None {
		t, err := bytesArg(tableV)
		if err != nil {
			return nil, err
		}
		if len(t) != 256 {
			return nil, NewError(ValueErrorType, "translation table must be 256 characters long")
		}
		table = t
	}
	del, err := bytesArg(deleteV)
	if err != nil {
		return nil, err
	}
	var drop [256]bool
	for i := 0; i < len(del); i++ {
		drop[del[i]] = true
	}
	out := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if drop[c] {
			continue
		}
		if table != "" {
			c = table[c]
		}
		out = append(out, c)
	}
	return Bytes(out), nil
}

func init() {
	BytesType.AddMethods(
		bytesMethod("translate", bytesTranslate),
		NewFunc("maketrans", bytesMaketrans),
	)
	ByteArrayType.AddMethods(NewFunc("maketrans", bytesMaketrans))
}
