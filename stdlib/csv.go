package stdlib

import (
	"strings"
	"sync"

	rt "github.com/spindle-lang/spindle/runtime"
)

// The csv module: reader and writer are ports of CPython's _csv state
// machine and quoting rules (3.11), DictReader/DictWriter follow csv.py.
// A reader takes any iterable of lines (a file, a StringIO, a list); a
// writer anything with a write() method.

var (
	csvErrorType      = newModuleErrorType("Error", "_csv", rt.ExceptionType)
	csvReaderType     = newModuleType("reader", "_csv")
	csvWriterType     = newModuleType("writer", "_csv")
	csvDictReaderType = newModuleType("DictReader", "csv")
	csvDictWriterType = newModuleType("DictWriter", "csv")
	csvDialectType    = newModuleType("Dialect", "_csv")
)

const (
	csvQuoteMinimal = iota
	csvQuoteAll
	csvQuoteNonNumeric
	csvQuoteNone
)

type csvDialect struct {
	delimiter        rune
	quotechar        rune // 0: none
	escapechar       rune // 0: none
	doublequote      bool
	skipinitialspace bool
	lineterminator   string
	quoting          int
	strict           bool
}

func (*csvDialect) Type() *rt.Type { return csvDialectType }

func (d *csvDialect) GetAttr(th *rt.Thread, name string) (rt.Value, error) {
	char := func(r rune) rt.Value {
		if r == 0 {
			return rt.None
		}
		return rt.Str(string(r))
	}
	switch name {
	case "delimiter":
		return char(d.delimiter), nil
	case "quotechar":
		return char(d.quotechar), nil
	case "escapechar":
		return char(d.escapechar), nil
	case "doublequote":
		return rt.Bool(d.doublequote), nil
	case "skipinitialspace":
		return rt.Bool(d.skipinitialspace), nil
	case "lineterminator":
		return rt.Str(d.lineterminator), nil
	case "quoting":
		return rt.MakeInt(int64(d.quoting)), nil
	case "strict":
		return rt.Bool(d.strict), nil
	}
	return nil, nil
}

var csvDialects = map[string]*csvDialect{
	"excel":     {delimiter: ',', quotechar: '"', doublequote: true, lineterminator: "\r\n"},
	"excel-tab": {delimiter: '\t', quotechar: '"', doublequote: true, lineterminator: "\r\n"},
	"unix":      {delimiter: ',', quotechar: '"', doublequote: true, lineterminator: "\n", quoting: csvQuoteAll},
}

var csvDialectNames = []string{"excel", "excel-tab", "unix"}

// csvDialectsMu guards csvDialects and csvDialectNames (register_dialect
// may run on any thread).
var csvDialectsMu sync.Mutex

func csvLookupDialect(name string) (*csvDialect, bool) {
	csvDialectsMu.Lock()
	defer csvDialectsMu.Unlock()
	d, ok := csvDialects[name]
	return d, ok
}

// csvMakeDialect resolves dialect= and the format keyword arguments.
func csvMakeDialect(th *rt.Thread, dialect rt.Value, kwargs []rt.KwArg) (*csvDialect, error) {
	excel, _ := csvLookupDialect("excel")
	d := *excel
	if dialect != nil && dialect != rt.None {
		switch x := dialect.(type) {
		case rt.Str:
			base, ok := csvLookupDialect(string(x))
			if !ok {
				return nil, rt.NewError(csvErrorType, "unknown dialect")
			}
			d = *base
		case *csvDialect:
			d = *x
		default:
			// Any object with dialect attributes (a Dialect subclass).
			var extra []rt.KwArg
			for _, name := range []string{"delimiter", "quotechar", "escapechar", "doublequote", "skipinitialspace", "lineterminator", "quoting", "strict"} {
				v, err := rt.GetAttr(th, dialect, name)
				if err != nil {
					if rt.IsExc(err, rt.AttributeErrorType) {
						continue
					}
					return nil, err
				}
				extra = append(extra, rt.KwArg{Name: name, Value: v})
			}
			kwargs = append(extra, kwargs...)
		}
	}
	for _, kw := range kwargs {
		v := kw.Value
		charArg := func(allowNone bool) (rune, error) {
			if v == rt.None && allowNone {
				return 0, nil
			}
			s, ok := v.(rt.Str)
			rs := []rune(string(s))
			if !ok {
				if allowNone {
					return 0, rt.NewError(rt.TypeErrorType, "\"%s\" must be string or None, not %s", kw.Name, rt.TypeName(v))
				}
				return 0, rt.NewError(rt.TypeErrorType, "\"%s\" must be string, not %s", kw.Name, rt.TypeName(v))
			}
			if len(rs) != 1 {
				return 0, rt.NewError(rt.TypeErrorType, "\"%s\" must be a 1-character string", kw.Name)
			}
			return rs[0], nil
		}
		var err error
		switch kw.Name {
		case "delimiter":
			d.delimiter, err = charArg(false)
		case "quotechar":
			d.quotechar, err = charArg(true)
		case "escapechar":
			d.escapechar, err = charArg(true)
		case "doublequote":
			d.doublequote = rt.Truthy(v)
		case "skipinitialspace":
			d.skipinitialspace = rt.Truthy(v)
		case "strict":
			d.strict = rt.Truthy(v)
		case "lineterminator":
			s, ok := v.(rt.Str)
			if !ok {
				return nil, rt.NewError(rt.TypeErrorType, "\"lineterminator\" must be a string")
			}
			d.lineterminator = string(s)
		case "quoting":
			n, ierr := rt.IndexInt(v)
			if ierr != nil {
				return nil, rt.NewError(rt.TypeErrorType, "\"quoting\" must be an integer")
			}
			if n < 0 || n > 3 {
				return nil, rt.NewError(rt.TypeErrorType, "bad \"quoting\" value")
			}
			d.quoting = n
		default:
			return nil, rt.NewError(rt.TypeErrorType, "'%s' is an invalid keyword argument for this function", kw.Name)
		}
		if err != nil {
			return nil, err
		}
	}
	if d.quoting != csvQuoteNone && d.quotechar == 0 {
		return nil, rt.NewError(rt.TypeErrorType, "quotechar must be set if quoting enabled")
	}
	return &d, nil
}

// ---- reader ----

type csvState int

const (
	csvStartRecord csvState = iota
	csvStartField
	csvEscapeChar
	csvInField
	csvInQuotedField
	csvEscapeInQuotedField
	csvQuoteInQuotedField
	csvEatCRNL
	csvAfterEscapedCRNL
)

type csvReader struct {
	d       *csvDialect
	it      rt.Value // iterator of lines
	lineNum int

	state    csvState
	fields   []rt.Value
	field    []rune
	numeric  bool
	hasField bool // field has started (for EOF handling)
}

func (*csvReader) Type() *rt.Type { return csvReaderType }

func (r *csvReader) Iter(th *rt.Thread) (rt.Iterator, error) { return r, nil }

func (r *csvReader) GetAttr(th *rt.Thread, name string) (rt.Value, error) {
	switch name {
	case "line_num":
		return rt.MakeInt(int64(r.lineNum)), nil
	case "dialect":
		return r.d, nil
	}
	return nil, nil
}

func (r *csvReader) saveField() error {
	var v rt.Value = rt.Str(string(r.field))
	if r.numeric {
		r.numeric = false
		f, err := rt.FloatFromString(string(r.field))
		if err != nil {
			return rt.NewError(rt.ValueErrorType, "could not convert string to float: %s", repr2(rt.Str(string(r.field))))
		}
		v = rt.Float(f)
	}
	r.fields = append(r.fields, v)
	r.field = r.field[:0]
	r.hasField = false
	return nil
}

const csvEOL = -1

func (r *csvReader) endOfLine(c rune) error {
	if err := r.saveField(); err != nil {
		return err
	}
	if c == csvEOL {
		r.state = csvStartRecord
	} else {
		r.state = csvEatCRNL
	}
	return nil
}

func (r *csvReader) add(c rune) {
	r.field = append(r.field, c)
	r.hasField = true
}

func (r *csvReader) process(c rune) error {
	d := r.d
	switch r.state {
	case csvStartRecord:
		if c == csvEOL {
			return nil
		}
		if c == '\n' || c == '\r' {
			r.state = csvEatCRNL
			return nil
		}
		r.state = csvStartField
		fallthrough
	case csvStartField:
		switch {
		case c == '\n' || c == '\r' || c == csvEOL:
			return r.endOfLine(c)
		case c == d.quotechar && d.quotechar != 0 && d.quoting != csvQuoteNone:
			r.state = csvInQuotedField
			r.hasField = true
		case c == d.escapechar && d.escapechar != 0:
			r.state = csvEscapeChar
		case c == ' ' && d.skipinitialspace:
		case c == d.delimiter:
			return r.saveField()
		default:
			if d.quoting == csvQuoteNonNumeric {
				r.numeric = true
			}
			r.add(c)
			r.state = csvInField
		}
	case csvEscapeChar:
		if c == '\n' || c == '\r' {
			r.add(c)
			r.state = csvAfterEscapedCRNL
			return nil
		}
		if c == csvEOL {
			c = '\n'
		}
		r.add(c)
		r.state = csvInField
	case csvAfterEscapedCRNL:
		if c == csvEOL {
			return nil
		}
		r.state = csvInField
		return r.process(c)
	case csvInField:
		switch {
		case c == '\n' || c == '\r' || c == csvEOL:
			return r.endOfLine(c)
		case c == d.escapechar && d.escapechar != 0:
			r.state = csvEscapeChar
		case c == d.delimiter:
			if err := r.saveField(); err != nil {
				return err
			}
			r.state = csvStartField
		default:
			r.add(c)
		}
	case csvInQuotedField:
		switch {
		case c == csvEOL:
		case c == d.escapechar && d.escapechar != 0:
			r.state = csvEscapeInQuotedField
		case c == d.quotechar && d.quoting != csvQuoteNone:
			if d.doublequote {
				r.state = csvQuoteInQuotedField
			} else {
				r.state = csvInField
			}
		default:
			r.add(c)
		}
	case csvEscapeInQuotedField:
		if c == csvEOL {
			c = '\n'
		}
		r.add(c)
		r.state = csvInQuotedField
	case csvQuoteInQuotedField:
		switch {
		case d.quoting != csvQuoteNone && c == d.quotechar:
			r.add(c)
			r.state = csvInQuotedField
		case c == d.delimiter:
			if err := r.saveField(); err != nil {
				return err
			}
			r.state = csvStartField
		case c == '\n' || c == '\r' || c == csvEOL:
			return r.endOfLine(c)
		case !d.strict:
			r.add(c)
			r.state = csvInField
		default:
			return rt.NewError(csvErrorType, "'%c' expected after '%c'", d.delimiter, d.quotechar)
		}
	case csvEatCRNL:
		switch {
		case c == '\n' || c == '\r':
		case c == csvEOL:
			r.state = csvStartRecord
		default:
			return rt.NewError(csvErrorType, "new-line character seen in unquoted field - do you need to open the file with newline=''?")
		}
	}
	return nil
}

// Next parses the next record.
func (r *csvReader) Next(th *rt.Thread) (rt.Value, bool, error) {
	r.fields = nil
	r.field = r.field[:0]
	r.state = csvStartRecord
	r.numeric = false
	r.hasField = false
	for {
		line, ok, err := nextItem(th, r.it)
		if err != nil {
			return nil, false, err
		}
		if !ok {
			if len(r.field) != 0 || r.state == csvInQuotedField {
				if r.d.strict {
					return nil, false, rt.NewError(csvErrorType, "unexpected end of data")
				}
				if err := r.saveField(); err != nil {
					return nil, false, err
				}
				return rt.NewList(r.fields), true, nil
			}
			return nil, false, nil
		}
		s, isStr := line.(rt.Str)
		if !isStr {
			return nil, false, rt.NewError(csvErrorType, "iterator should return strings, not %s (the file should be opened in text mode)", rt.TypeName(line))
		}
		r.lineNum++
		for _, c := range string(s) {
			if c == 0 {
				return nil, false, rt.NewError(csvErrorType, "line contains NUL")
			}
			if err := r.process(c); err != nil {
				return nil, false, err
			}
		}
		if err := r.process(csvEOL); err != nil {
			return nil, false, err
		}
		if r.state == csvStartRecord {
			return rt.NewList(r.fields), true, nil
		}
	}
}

// ---- writer ----

type csvWriter struct {
	d     *csvDialect
	write rt.Value
}

func (*csvWriter) Type() *rt.Type { return csvWriterType }

func (w *csvWriter) GetAttr(th *rt.Thread, name string) (rt.Value, error) {
	if name == "dialect" {
		return w.d, nil
	}
	return nil, nil
}

func (w *csvWriter) joinField(th *rt.Thread, b *strings.Builder, v rt.Value, quoted bool) error {
	var s string
	switch x := v.(type) {
	case rt.Str:
		s = string(x)
	case *rt.NoneValue:
		s = ""
	case rt.Float:
		s = rt.FloatRepr(float64(x))
	default:
		var err error
		s, err = rt.ToStr(th, v)
		if err != nil {
			return err
		}
	}
	d := w.d
	var body strings.Builder
	for _, c := range s {
		wantEscape := false
		if c == d.delimiter || (c == d.escapechar && d.escapechar != 0) || (c == d.quotechar && d.quotechar != 0) ||
			strings.ContainsRune(d.lineterminator, c) {
			if d.quoting == csvQuoteNone {
				wantEscape = true
			} else {
				if c == d.quotechar {
					if d.doublequote {
						body.WriteRune(d.quotechar)
					} else {
						wantEscape = true
					}
				} else if c == d.escapechar {
					wantEscape = true
				}
				if !wantEscape {
					quoted = true
				}
			}
			if wantEscape {
				if d.escapechar == 0 {
					return rt.NewError(csvErrorType, "need to escape, but no escapechar set")
				}
				body.WriteRune(d.escapechar)
			}
		}
		body.WriteRune(c)
	}
	if quoted {
		b.WriteRune(d.quotechar)
		b.WriteString(body.String())
		b.WriteRune(d.quotechar)
	} else {
		b.WriteString(body.String())
	}
	return nil
}

func (w *csvWriter) writerow(th *rt.Thread, row rt.Value) (rt.Value, error) {
	if _, err := rt.Iter(th, row); err != nil {
		if rt.IsExc(err, rt.TypeErrorType) {
			return nil, rt.NewError(csvErrorType, "iterable expected, not %s", rt.TypeName(row))
		}
		return nil, err
	}
	items, err := rt.IterateAll(th, row)
	if err != nil {
		return nil, err
	}
	var b strings.Builder
	for i, v := range items {
		if i > 0 {
			b.WriteRune(w.d.delimiter)
		}
		quoted := false
		switch w.d.quoting {
		case csvQuoteAll:
			quoted = true
		case csvQuoteNonNumeric:
			switch v.(type) {
			case rt.Int, *rt.BigInt, rt.Float, rt.Bool:
			default:
				quoted = true
			}
		}
		if err := w.joinField(th, &b, v, quoted); err != nil {
			return nil, err
		}
	}
	if len(items) > 0 && b.Len() == 0 {
		if w.d.quoting == csvQuoteNone {
			return nil, rt.NewError(csvErrorType, "single empty field record must be quoted")
		}
		b.WriteRune(w.d.quotechar)
		b.WriteRune(w.d.quotechar)
	}
	b.WriteString(w.d.lineterminator)
	return rt.Call(th, w.write, []rt.Value{rt.Str(b.String())}, nil)
}

// ---- DictReader / DictWriter ----

type csvDictReader struct {
	r          *csvReader
	fieldnames rt.Value // nil until read
	restkey    rt.Value
	restval    rt.Value
	lineNum    int
}

func (*csvDictReader) Type() *rt.Type { return csvDictReaderType }

func (dr *csvDictReader) Iter(th *rt.Thread) (rt.Iterator, error) { return dr, nil }

func (dr *csvDictReader) getFieldnames(th *rt.Thread) (rt.Value, error) {
	if dr.fieldnames == nil {
		row, ok, err := dr.r.Next(th)
		if err != nil {
			return nil, err
		}
		if ok {
			dr.fieldnames = row
		} else {
			dr.fieldnames = rt.None
		}
		dr.lineNum = dr.r.lineNum
	}
	return dr.fieldnames, nil
}

func (dr *csvDictReader) Next(th *rt.Thread) (rt.Value, bool, error) {
	if dr.lineNum == 0 {
		if _, err := dr.getFieldnames(th); err != nil {
			return nil, false, err
		}
	}
	var row *rt.List
	for {
		v, ok, err := dr.r.Next(th)
		if err != nil || !ok {
			return nil, false, err
		}
		dr.lineNum = dr.r.lineNum
		row = v.(*rt.List)
		if row.Len() > 0 {
			break
		}
	}
	names, err := rt.IterateAll(th, dr.fieldnames)
	if err != nil {
		return nil, false, err
	}
	d := rt.NewDict()
	vals := row.Snapshot()
	for i := 0; i < len(names) && i < len(vals); i++ {
		if err := d.Set(th, names[i], vals[i]); err != nil {
			return nil, false, err
		}
	}
	if len(names) < len(vals) {
		if err := d.Set(th, dr.restkey, rt.NewList(vals[len(names):])); err != nil {
			return nil, false, err
		}
	} else {
		for _, k := range names[len(vals):] {
			if err := d.Set(th, k, dr.restval); err != nil {
				return nil, false, err
			}
		}
	}
	return d, true, nil
}

func (dr *csvDictReader) GetAttr(th *rt.Thread, name string) (rt.Value, error) {
	switch name {
	case "fieldnames":
		return dr.getFieldnames(th)
	case "line_num":
		return rt.MakeInt(int64(dr.lineNum)), nil
	case "reader":
		return dr.r, nil
	case "restkey":
		return dr.restkey, nil
	case "restval":
		return dr.restval, nil
	case "dialect":
		return dr.r.d, nil
	}
	return nil, nil
}

func (dr *csvDictReader) SetAttr(th *rt.Thread, name string, v rt.Value) error {
	if name == "fieldnames" && v != nil {
		dr.fieldnames = v
		return nil
	}
	return rt.NewError(rt.AttributeErrorType, "'DictReader' object attribute '%s' is read-only", name)
}

type csvDictWriter struct {
	w           *csvWriter
	fieldnames  rt.Value
	restval     rt.Value
	extrasRaise bool
}

func (*csvDictWriter) Type() *rt.Type { return csvDictWriterType }

func (dw *csvDictWriter) GetAttr(th *rt.Thread, name string) (rt.Value, error) {
	switch name {
	case "fieldnames":
		return dw.fieldnames, nil
	case "writer":
		return dw.w, nil
	case "restval":
		return dw.restval, nil
	case "extrasaction":
		if dw.extrasRaise {
			return rt.Str("raise"), nil
		}
		return rt.Str("ignore"), nil
	}
	return nil, nil
}

func (dw *csvDictWriter) writerow(th *rt.Thread, rowdict rt.Value) (rt.Value, error) {
	names, err := rt.IterateAll(th, dw.fieldnames)
	if err != nil {
		return nil, err
	}
	if dw.extrasRaise {
		keys, err := rt.IterateAll(th, rowdict)
		if err != nil {
			return nil, err
		}
		var wrong []string
		for _, k := range keys {
			found := false
			for _, n := range names {
				eq, err := rt.Equal(th, k, n)
				if err != nil {
					return nil, err
				}
				if eq {
					found = true
					break
				}
			}
			if !found {
				s, err := rt.Repr(th, k)
				if err != nil {
					return nil, err
				}
				wrong = append(wrong, s)
			}
		}
		if len(wrong) > 0 {
			return nil, rt.NewError(rt.ValueErrorType, "dict contains fields not in fieldnames: "+strings.Join(wrong, ", "))
		}
	}
	row := make([]rt.Value, len(names))
	for i, n := range names {
		v, err := rt.CallMethod(th, rowdict, "get", []rt.Value{n, dw.restval}, nil)
		if err != nil {
			return nil, err
		}
		row[i] = v
	}
	return dw.w.writerow(th, rt.NewList(row))
}

// ---- module ----

// loadCsvModule makes the csv module (registered in modules.go).
func loadCsvModule() *rt.Module {
	setupCSVTypes()
	return newCSVModule()
}

// cSVSetup runs the type setup on the module's first import instead of
// at process start (bench/README.md, lazy init of stdlib): the
// module's objects exist only once it is imported.
var cSVSetup sync.Once

func setupCSVTypes() { cSVSetup.Do(initCSVTypes) }

func initCSVTypes() {
	for _, t := range []*rt.Type{csvReaderType, csvDictReaderType} {
		rt.AddIteratorMethods(t)
	}
	csvWriterType.AddMethods(
		rt.NewMethod("writerow", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			var row rt.Value
			if err := rt.UnpackArgs("writerow", args, kwargs, "row", &row); err != nil {
				return nil, err
			}
			return self.(*csvWriter).writerow(th, row)
		}),
		rt.NewMethod("writerows", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			var rows rt.Value
			if err := rt.UnpackArgs("writerows", args, kwargs, "rows", &rows); err != nil {
				return nil, err
			}
			w := self.(*csvWriter)
			return rt.None, forEach(th, rows, func(row rt.Value) (bool, error) {
				_, err := w.writerow(th, row)
				return false, err
			})
		}),
	)
	csvDictWriterType.AddMethods(
		rt.NewMethod("writeheader", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			if err := rt.UnpackArgs("writeheader", args, kwargs); err != nil {
				return nil, err
			}
			dw := self.(*csvDictWriter)
			return dw.w.writerow(th, dw.fieldnames)
		}),
		rt.NewMethod("writerow", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			var row rt.Value
			if err := rt.UnpackArgs("writerow", args, kwargs, "rowdict", &row); err != nil {
				return nil, err
			}
			return self.(*csvDictWriter).writerow(th, row)
		}),
		rt.NewMethod("writerows", func(th *rt.Thread, self rt.Value, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			var rows rt.Value
			if err := rt.UnpackArgs("writerows", args, kwargs, "rowdicts", &rows); err != nil {
				return nil, err
			}
			dw := self.(*csvDictWriter)
			return rt.None, forEach(th, rows, func(row rt.Value) (bool, error) {
				_, err := dw.writerow(th, row)
				return false, err
			})
		}),
	)
	csvReaderType.New = func(th *rt.Thread, cls *rt.Type, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		return csvNewReader(th, args, kwargs)
	}
	csvWriterType.New = func(th *rt.Thread, cls *rt.Type, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		return csvNewWriter(th, args, kwargs)
	}
	csvDictReaderType.New = func(th *rt.Thread, cls *rt.Type, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		var f rt.Value
		var fieldnames, restkey, restval, dialect rt.Value = rt.None, rt.None, rt.None, rt.Str("excel")
		rest, err := csvSplitKwargs(kwargs, map[string]*rt.Value{"fieldnames": &fieldnames, "restkey": &restkey, "restval": &restval, "dialect": &dialect})
		if err != nil {
			return nil, err
		}
		if err := rt.UnpackArgs("DictReader", args, nil, "f", &f, "fieldnames?", &fieldnames, "restkey?", &restkey, "restval?", &restval, "dialect?", &dialect); err != nil {
			return nil, err
		}
		r, err := csvNewReader(th, []rt.Value{f, dialect}, rest)
		if err != nil {
			return nil, err
		}
		dr := &csvDictReader{r: r.(*csvReader), restkey: restkey, restval: restval}
		if fieldnames != rt.None {
			dr.fieldnames = fieldnames
		}
		return dr, nil
	}
	csvDictWriterType.New = func(th *rt.Thread, cls *rt.Type, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		var f, fieldnames rt.Value
		var restval, extras, dialect rt.Value = rt.Str(""), rt.Str("raise"), rt.Str("excel")
		rest, err := csvSplitKwargs(kwargs, map[string]*rt.Value{"f": &f, "fieldnames": &fieldnames, "restval": &restval, "extrasaction": &extras, "dialect": &dialect})
		if err != nil {
			return nil, err
		}
		if err := rt.UnpackArgs("DictWriter", args, nil, "f?", &f, "fieldnames?", &fieldnames, "restval?", &restval, "extrasaction?", &extras, "dialect?", &dialect); err != nil {
			return nil, err
		}
		if f == nil || fieldnames == nil {
			return nil, rt.NewError(rt.TypeErrorType, "DictWriter.__init__() missing 1 required positional argument: 'fieldnames'")
		}
		ea, _ := extras.(rt.Str)
		if ea != "raise" && ea != "ignore" {
			s, _ := rt.ToStr(th, extras)
			return nil, rt.NewError(rt.ValueErrorType, "extrasaction (%s) must be 'raise' or 'ignore'", s)
		}
		w, err := csvNewWriter(th, []rt.Value{f, dialect}, rest)
		if err != nil {
			return nil, err
		}
		// fieldnames is kept as a list so it can be iterated repeatedly.
		names, err := rt.IterateAll(th, fieldnames)
		if err != nil {
			return nil, err
		}
		_ = names
		return &csvDictWriter{w: w.(*csvWriter), fieldnames: fieldnames, restval: restval, extrasRaise: ea == "raise"}, nil
	}
}

// csvSplitKwargs takes the named keyword arguments out of kwargs.
func csvSplitKwargs(kwargs []rt.KwArg, named map[string]*rt.Value) ([]rt.KwArg, error) {
	var rest []rt.KwArg
	for _, kw := range kwargs {
		if p, ok := named[kw.Name]; ok {
			*p = kw.Value
			continue
		}
		rest = append(rest, kw)
	}
	return rest, nil
}

func csvNewReader(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	if len(args) == 0 || len(args) > 2 {
		return nil, rt.NewError(rt.TypeErrorType, "expected at most 2 arguments, got %d", len(args))
	}
	var dialect rt.Value = rt.None
	if len(args) == 2 {
		dialect = args[1]
	}
	rest, _ := csvSplitKwargs(kwargs, map[string]*rt.Value{"dialect": &dialect})
	d, err := csvMakeDialect(th, dialect, rest)
	if err != nil {
		return nil, err
	}
	it, err := rt.Iter(th, args[0])
	if err != nil {
		return nil, err
	}
	var itv rt.Value
	if v, ok := it.(rt.Value); ok {
		itv = v
	} else {
		itv = rt.IteratorValue(it)
	}
	return &csvReader{d: d, it: itv}, nil
}

func csvNewWriter(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	if len(args) == 0 || len(args) > 2 {
		return nil, rt.NewError(rt.TypeErrorType, "expected at most 2 arguments, got %d", len(args))
	}
	var dialect rt.Value = rt.None
	if len(args) == 2 {
		dialect = args[1]
	}
	rest, _ := csvSplitKwargs(kwargs, map[string]*rt.Value{"dialect": &dialect})
	d, err := csvMakeDialect(th, dialect, rest)
	if err != nil {
		return nil, err
	}
	write, err := rt.GetAttr(th, args[0], "write")
	if err != nil {
		if rt.IsExc(err, rt.AttributeErrorType) {
			return nil, rt.NewError(rt.TypeErrorType, "argument 1 must have a \"write\" method")
		}
		return nil, err
	}
	return &csvWriter{d: d, write: write}, nil
}

func newCSVModule() *rt.Module {
	m := rt.NewModule("csv")
	m.Dict.SetStr("reader", csvReaderType)
	m.Dict.SetStr("writer", csvWriterType)
	m.Dict.SetStr("DictReader", csvDictReaderType)
	m.Dict.SetStr("DictWriter", csvDictWriterType)
	m.Dict.SetStr("Error", csvErrorType)
	m.Dict.SetStr("QUOTE_MINIMAL", rt.MakeInt(csvQuoteMinimal))
	m.Dict.SetStr("QUOTE_ALL", rt.MakeInt(csvQuoteAll))
	m.Dict.SetStr("QUOTE_NONNUMERIC", rt.MakeInt(csvQuoteNonNumeric))
	m.Dict.SetStr("QUOTE_NONE", rt.MakeInt(csvQuoteNone))
	m.Dict.SetStr("Dialect", csvDialectType)
	for _, c := range []struct{ attr, name string }{{"excel", "excel"}, {"excel_tab", "excel-tab"}, {"unix_dialect", "unix"}} {
		d, _ := csvLookupDialect(c.name)
		if cls, err := csvDialectClass(c.attr, d); err == nil {
			m.Dict.SetStr(c.attr, cls)
		} else {
			m.Dict.SetStr(c.attr, d)
		}
	}
	m.Dict.SetStr("register_dialect", rt.NewFunc("register_dialect", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		if len(args) < 1 || len(args) > 2 {
			return nil, rt.NewError(rt.TypeErrorType, "register_dialect() expected at most 2 arguments")
		}
		name, ok := args[0].(rt.Str)
		if !ok {
			return nil, rt.NewError(rt.TypeErrorType, "dialect name must be a string")
		}
		var base rt.Value = rt.None
		if len(args) == 2 {
			base = args[1]
		}
		d, err := csvMakeDialect(th, base, kwargs)
		if err != nil {
			return nil, err
		}
		csvDialectsMu.Lock()
		if _, exists := csvDialects[string(name)]; !exists {
			csvDialectNames = append(csvDialectNames, string(name))
		}
		csvDialects[string(name)] = d
		csvDialectsMu.Unlock()
		return rt.None, nil
	}))
	m.Dict.SetStr("get_dialect", rt.NewFunc("get_dialect", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		var name string
		if err := rt.UnpackArgs("get_dialect", args, kwargs, "name", &name); err != nil {
			return nil, err
		}
		d, ok := csvLookupDialect(name)
		if !ok {
			return nil, rt.NewError(csvErrorType, "unknown dialect")
		}
		return d, nil
	}))
	m.Dict.SetStr("list_dialects", rt.NewFunc("list_dialects", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		csvDialectsMu.Lock()
		defer csvDialectsMu.Unlock()
		out := make([]rt.Value, len(csvDialectNames))
		for i, n := range csvDialectNames {
			out[i] = rt.Str(n)
		}
		return rt.NewList(out), nil
	}))
	return m
}

// csvDialectClass makes csv.excel & co. as classes deriving from Dialect,
// so programs can subclass them and pass the class as dialect=.
func csvDialectClass(name string, d *csvDialect) (rt.Value, error) {
	ns := rt.NewDict()
	for _, attr := range []string{"delimiter", "quotechar", "escapechar", "doublequote", "skipinitialspace", "lineterminator", "quoting", "strict"} {
		v, _ := d.GetAttr(nil, attr)
		ns.SetStr(attr, v)
	}
	return rt.BuildClass(nil, name, name, "csv", []rt.Value{csvDialectType}, ns, nil)
}
