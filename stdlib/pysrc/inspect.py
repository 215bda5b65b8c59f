"""Inspect live objects.

Spindle's implementation of the commonly used part of CPython's inspect:
the predicates (isclass, isfunction, ismethod, isgeneratorfunction, ...),
getmembers, getdoc, cleandoc, getmro, getsource/getsourcelines for
functions, and signature() with Signature, Parameter and BoundArguments
(bind, bind_partial, apply_defaults), printed as CPython prints them;
the interpreter stack: currentframe, stack, trace, getframeinfo,
getouterframes, getinnerframes (FrameInfo and Traceback records; their
positions carry line numbers only).
"""
import enum
import sys
import types
from collections import OrderedDict, namedtuple

__all__ = ["Parameter", "Signature", "BoundArguments", "signature", "isclass", "isfunction",
           "ismethod", "ismodule", "isbuiltin", "isroutine", "isgenerator", "isgeneratorfunction",
           "iscoroutinefunction", "isabstract", "getmembers", "getdoc", "cleandoc", "getmro",
           "getsource", "getsourcelines", "unwrap", "currentframe", "stack", "trace",
           "getframeinfo", "getouterframes", "getinnerframes", "isframe", "istraceback",
           "iscode", "FrameInfo", "Traceback"]

_CO_VARARGS = 0x04
_CO_VARKEYWORDS = 0x08
_CO_GENERATOR = 0x20


def isclass(obj):
    return isinstance(obj, type)


def ismodule(obj):
    return isinstance(obj, types.ModuleType)


def isfunction(obj):
    return isinstance(obj, types.FunctionType)


def ismethod(obj):
    return isinstance(obj, types.MethodType)


def isbuiltin(obj):
    return isinstance(obj, types.BuiltinFunctionType)


def isroutine(obj):
    return isbuiltin(obj) or isfunction(obj) or ismethod(obj) or type(obj).__name__ in (
        "method_descriptor", "wrapper_descriptor", "method-wrapper")


def isgenerator(obj):
    return isinstance(obj, types.GeneratorType)


def isgeneratorfunction(obj):
    obj = getattr(obj, "__func__", obj)
    return isfunction(obj) and bool(obj.__code__.co_flags & _CO_GENERATOR)


def iscoroutinefunction(obj):
    return False


def iscoroutine(obj):
    return False


def isawaitable(obj):
    return False


def isabstract(obj):
    return isclass(obj) and bool(getattr(obj, "__abstractmethods__", False))


def getmro(cls):
    return cls.__mro__


def getmembers(obj, predicate=None):
    """(name, value) pairs of obj's attributes, sorted by name."""
    results = []
    for key in dir(obj):
        try:
            value = getattr(obj, key)
        except AttributeError:
            continue
        if predicate is None or predicate(value):
            results.append((key, value))
    results.sort(key=lambda pair: pair[0])
    return results


def cleandoc(doc):
    """Removes the indentation of a docstring's second and later lines."""
    lines = doc.expandtabs().split("\n")
    margin = None
    for line in lines[1:]:
        content = len(line.lstrip())
        if content:
            indent = len(line) - content
            margin = indent if margin is None else min(margin, indent)
    if lines:
        lines[0] = lines[0].lstrip()
    if margin is not None:
        for i in range(1, len(lines)):
            lines[i] = lines[i][margin:]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return "\n".join(lines)


def getdoc(obj):
    doc = getattr(obj, "__doc__", None)
    if doc is None and isclass(obj):
        for base in obj.__mro__[1:]:
            if base is object:
                break
            doc = base.__doc__
            if doc is not None:
                break
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


def unwrap(func, *, stop=None):
    while hasattr(func, "__wrapped__") and not (stop is not None and stop(func)):
        func = func.__wrapped__
    return func


def getsourcelines(obj):
    """The lines of a function's source and its first line number."""
    obj = unwrap(getattr(obj, "__func__", obj))
    code = getattr(obj, "__code__", None)
    if code is None:
        raise TypeError("module, class, method, function, traceback, frame, or code object was expected, got %s" % type(obj).__name__)
    try:
        with open(code.co_filename) as f:
            all_lines = f.readlines()
    except OSError:
        raise OSError("could not get source code")
    start = code.co_firstlineno - 1
    # Decorators above the def belong to the source, as in CPython.
    while start > 0 and all_lines[start - 1].lstrip().startswith("@"):
        start -= 1
    first = all_lines[start]
    indent = len(first) - len(first.lstrip())
    end = start + 1
    while end < len(all_lines):
        line = all_lines[end]
        if line.strip() and len(line) - len(line.lstrip()) <= indent and not line.lstrip().startswith((")", "]", "}")):
            if not all_lines[end - 1].rstrip().endswith(("(", ",", "\\")):
                break
        end += 1
    while end > start + 1 and not all_lines[end - 1].strip():
        end -= 1
    return all_lines[start:end], start + 1


def getsource(obj):
    return "".join(getsourcelines(obj)[0])


_FrameType = type(sys._getframe())
_CodeType = type(getsource.__code__)


def isframe(obj):
    return isinstance(obj, _FrameType)


def istraceback(obj):
    return isinstance(obj, types.TracebackType)


def iscode(obj):
    return isinstance(obj, _CodeType)


def currentframe():
    """Return the frame of the caller."""
    return sys._getframe(1)


Positions = namedtuple("Positions", "lineno end_lineno col_offset end_col_offset")
_Traceback = namedtuple("_Traceback", "filename lineno function code_context index")
_FrameInfo = namedtuple("_FrameInfo", ("frame",) + _Traceback._fields)


class Traceback(_Traceback):
    def __new__(cls, filename, lineno, function, code_context, index, *, positions=None):
        instance = super().__new__(cls, filename, lineno, function, code_context, index)
        instance.positions = positions
        return instance

    def __repr__(self):
        return ("Traceback(filename={!r}, lineno={!r}, function={!r}, "
                "code_context={!r}, index={!r}, positions={!r})".format(
                    self.filename, self.lineno, self.function,
                    self.code_context, self.index, self.positions))


class FrameInfo(_FrameInfo):
    def __new__(cls, frame, filename, lineno, function, code_context, index, *, positions=None):
        instance = super().__new__(cls, frame, filename, lineno, function, code_context, index)
        instance.positions = positions
        return instance

    def __repr__(self):
        return ("FrameInfo(frame={!r}, filename={!r}, lineno={!r}, function={!r}, "
                "code_context={!r}, index={!r}, positions={!r})".format(
                    self.frame, self.filename, self.lineno, self.function,
                    self.code_context, self.index, self.positions))


def _source_lines(filename):
    try:
        with open(filename) as f:
            return f.readlines()
    except (OSError, UnicodeDecodeError):
        return None


def getframeinfo(frame, context=1):
    """(filename, lineno, function, code_context, index) of a frame or
    traceback object, with context lines of source around the line."""
    if istraceback(frame):
        lineno = frame.tb_lineno
        frame = frame.tb_frame
    else:
        if not isframe(frame):
            raise TypeError('{!r} is not a frame or traceback object'.format(frame))
        lineno = frame.f_lineno
    filename = frame.f_code.co_filename
    lines = index = None
    if context > 0:
        start = lineno - 1 - context // 2
        all_lines = _source_lines(filename)
        if all_lines is not None:
            start = max(0, min(start, len(all_lines) - context))
            lines = all_lines[start:start + context]
            index = lineno - 1 - start
    return Traceback(filename, lineno, frame.f_code.co_name, lines, index,
                     positions=Positions(lineno, lineno, None, None))


def _frame_info(frame, info):
    return FrameInfo(frame, *info, positions=info.positions)


def getouterframes(frame, context=1):
    """FrameInfo records for a frame and each frame calling it."""
    framelist = []
    while frame:
        framelist.append(_frame_info(frame, getframeinfo(frame, context)))
        frame = frame.f_back
    return framelist


def getinnerframes(tb, context=1):
    """FrameInfo records for a traceback's frame and each one below it."""
    framelist = []
    while tb:
        framelist.append(_frame_info(tb.tb_frame, getframeinfo(tb, context)))
        tb = tb.tb_next
    return framelist


def stack(context=1):
    """FrameInfo records for the caller's frame and the frames above it."""
    return getouterframes(sys._getframe(1), context)


def trace(context=1):
    """FrameInfo records from the current exception's handling frame to
    where it was raised."""
    return getinnerframes(sys.exc_info()[2], context)


class _empty:
    """Marker for a missing default or annotation."""


class _void:
    """Marker for an argument that was not given."""


class _ParameterKind(enum.IntEnum):
    POSITIONAL_ONLY = 0
    POSITIONAL_OR_KEYWORD = 1
    VAR_POSITIONAL = 2
    KEYWORD_ONLY = 3
    VAR_KEYWORD = 4

    def __str__(self):
        return self.name

    @property
    def description(self):
        return _KIND_DESCRIPTIONS[self]


_KIND_DESCRIPTIONS = {
    _ParameterKind.POSITIONAL_ONLY: "positional-only",
    _ParameterKind.POSITIONAL_OR_KEYWORD: "positional or keyword",
    _ParameterKind.VAR_POSITIONAL: "variadic positional",
    _ParameterKind.KEYWORD_ONLY: "keyword-only",
    _ParameterKind.VAR_KEYWORD: "variadic keyword",
}


def formatannotation(annotation):
    if isinstance(annotation, type):
        if annotation.__module__ == "builtins":
            return annotation.__qualname__
        return annotation.__module__ + "." + annotation.__qualname__
    return repr(annotation)


class Parameter:
    POSITIONAL_ONLY = _ParameterKind.POSITIONAL_ONLY
    POSITIONAL_OR_KEYWORD = _ParameterKind.POSITIONAL_OR_KEYWORD
    VAR_POSITIONAL = _ParameterKind.VAR_POSITIONAL
    KEYWORD_ONLY = _ParameterKind.KEYWORD_ONLY
    VAR_KEYWORD = _ParameterKind.VAR_KEYWORD
    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        self._name = name
        self._kind = _ParameterKind(kind)
        self._default = default
        self._annotation = annotation
        if default is not _empty and self._kind in (_ParameterKind.VAR_POSITIONAL, _ParameterKind.VAR_KEYWORD):
            raise ValueError("%s parameters cannot have default values" % self._kind.description)

    name = property(lambda self: self._name)
    kind = property(lambda self: self._kind)
    default = property(lambda self: self._default)
    annotation = property(lambda self: self._annotation)

    def replace(self, *, name=_void, kind=_void, default=_void, annotation=_void):
        return type(self)(self._name if name is _void else name,
                          self._kind if kind is _void else kind,
                          default=self._default if default is _void else default,
                          annotation=self._annotation if annotation is _void else annotation)

    def __str__(self):
        kind = self._kind
        out = self._name
        if self._annotation is not _empty:
            out = "%s: %s" % (out, formatannotation(self._annotation))
        if self._default is not _empty:
            if self._annotation is not _empty:
                out = "%s = %r" % (out, self._default)
            else:
                out = "%s=%r" % (out, self._default)
        if kind == _ParameterKind.VAR_POSITIONAL:
            out = "*" + out
        elif kind == _ParameterKind.VAR_KEYWORD:
            out = "**" + out
        return out

    def __repr__(self):
        return '<%s "%s">' % (type(self).__name__, self)

    def __eq__(self, other):
        if not isinstance(other, Parameter):
            return NotImplemented
        return (self._name == other._name and self._kind == other._kind and
                self._default == other._default and self._annotation == other._annotation)

    def __hash__(self):
        return hash((self._name, self._kind, self._annotation, self._default))


class BoundArguments:
    def __init__(self, signature, arguments):
        self.arguments = arguments
        self._signature = signature

    signature = property(lambda self: self._signature)

    @property
    def args(self):
        args = []
        for name, param in self._signature.parameters.items():
            if param.kind in (_ParameterKind.VAR_KEYWORD, _ParameterKind.KEYWORD_ONLY):
                break
            if name not in self.arguments:
                break
            if param.kind == _ParameterKind.VAR_POSITIONAL:
                args.extend(self.arguments[name])
            else:
                args.append(self.arguments[name])
        return tuple(args)

    @property
    def kwargs(self):
        kwargs = {}
        started = False
        for name, param in self._signature.parameters.items():
            if not started:
                if param.kind in (_ParameterKind.VAR_KEYWORD, _ParameterKind.KEYWORD_ONLY):
                    started = True
                elif name not in self.arguments:
                    started = True
                    continue
            if not started or name not in self.arguments:
                continue
            if param.kind == _ParameterKind.VAR_KEYWORD:
                kwargs.update(self.arguments[name])
            else:
                kwargs[name] = self.arguments[name]
        return kwargs

    def apply_defaults(self):
        new = []
        for name, param in self._signature.parameters.items():
            if name in self.arguments:
                new.append((name, self.arguments[name]))
            elif param.default is not _empty:
                new.append((name, param.default))
            elif param.kind == _ParameterKind.VAR_POSITIONAL:
                new.append((name, ()))
            elif param.kind == _ParameterKind.VAR_KEYWORD:
                new.append((name, {}))
        self.arguments = dict(new)

    def __eq__(self, other):
        if not isinstance(other, BoundArguments):
            return NotImplemented
        return self.signature == other.signature and self.arguments == other.arguments

    def __repr__(self):
        args = ", ".join("%s=%r" % (k, v) for k, v in self.arguments.items())
        return "<BoundArguments (%s)>" % args


class Signature:
    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty):
        params = OrderedDict()
        for p in parameters or ():
            if p.name in params:
                raise ValueError("duplicate parameter name: %r" % p.name)
            params[p.name] = p
        self._parameters = types.MappingProxyType(params)
        self._return_annotation = return_annotation

    parameters = property(lambda self: self._parameters)
    return_annotation = property(lambda self: self._return_annotation)

    @classmethod
    def from_callable(cls, obj):
        return signature(obj)

    def replace(self, *, parameters=_void, return_annotation=_void):
        return type(self)(list(self._parameters.values()) if parameters is _void else parameters,
                          return_annotation=self._return_annotation if return_annotation is _void else return_annotation)

    def __str__(self):
        result = []
        render_pos_only = False
        render_kw_only = True
        for param in self._parameters.values():
            kind = param.kind
            if kind == _ParameterKind.POSITIONAL_ONLY:
                render_pos_only = True
            elif render_pos_only:
                result.append("/")
                render_pos_only = False
            if kind == _ParameterKind.VAR_POSITIONAL:
                render_kw_only = False
            elif kind == _ParameterKind.KEYWORD_ONLY and render_kw_only:
                result.append("*")
                render_kw_only = False
            result.append(str(param))
        if render_pos_only:
            result.append("/")
        rendered = "(%s)" % ", ".join(result)
        if self._return_annotation is not _empty:
            rendered += " -> %s" % formatannotation(self._return_annotation)
        return rendered

    def __repr__(self):
        return "<%s %s>" % (type(self).__name__, self)

    def __eq__(self, other):
        if not isinstance(other, Signature):
            return NotImplemented
        return (self._return_annotation == other._return_annotation and
                list(self._parameters.items()) == list(other._parameters.items()))

    def _bind(self, args, kwargs, partial=False):
        arguments = {}
        params = iter(self._parameters.values())
        parameters_ex = ()
        arg_vals = iter(args)
        while True:
            try:
                arg_val = next(arg_vals)
            except StopIteration:
                try:
                    param = next(params)
                except StopIteration:
                    break
                else:
                    if param.kind == _ParameterKind.VAR_POSITIONAL:
                        break
                    elif param.name in kwargs:
                        if param.kind == _ParameterKind.POSITIONAL_ONLY:
                            raise TypeError("%r parameter is positional only, but was passed as a keyword" % param.name)
                        parameters_ex = (param,)
                        break
                    elif param.kind == _ParameterKind.VAR_KEYWORD or param.default is not _empty:
                        parameters_ex = (param,)
                        break
                    else:
                        if partial:
                            parameters_ex = (param,)
                            break
                        raise TypeError("missing a required argument: %r" % param.name)
            else:
                try:
                    param = next(params)
                except StopIteration:
                    raise TypeError("too many positional arguments")
                else:
                    if param.kind in (_ParameterKind.VAR_KEYWORD, _ParameterKind.KEYWORD_ONLY):
                        raise TypeError("too many positional arguments")
                    if param.kind == _ParameterKind.VAR_POSITIONAL:
                        arguments[param.name] = (arg_val,) + tuple(arg_vals)
                        break
                    if param.name in kwargs and param.kind != _ParameterKind.POSITIONAL_ONLY:
                        raise TypeError("multiple values for argument %r" % param.name)
                    arguments[param.name] = arg_val
        kwargs_param = None
        for param in list(parameters_ex) + list(params):
            if param.kind == _ParameterKind.VAR_KEYWORD:
                kwargs_param = param
                continue
            if param.kind == _ParameterKind.VAR_POSITIONAL:
                continue
            name = param.name
            if name in kwargs and param.kind != _ParameterKind.POSITIONAL_ONLY:
                arguments[name] = kwargs.pop(name)
            elif not partial and param.kind != _ParameterKind.VAR_POSITIONAL and param.default is _empty:
                raise TypeError("missing a required argument: %r" % name)
        if kwargs:
            if kwargs_param is not None:
                arguments[kwargs_param.name] = kwargs
            else:
                raise TypeError("got an unexpected keyword argument %r" % next(iter(kwargs)))
        return BoundArguments(self, arguments)

    def bind(self, *args, **kwargs):
        return self._bind(args, kwargs)

    def bind_partial(self, *args, **kwargs):
        return self._bind(args, kwargs, partial=True)


def _function_signature(func, skip_first=False):
    code = func.__code__
    names = code.co_varnames
    npos = code.co_argcount
    nposonly = code.co_posonlyargcount
    nkw = code.co_kwonlyargcount
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__ or {}
    annotations = func.__annotations__
    params = []
    first_default = npos - len(defaults)
    for i in range(npos):
        name = names[i]
        kind = _ParameterKind.POSITIONAL_ONLY if i < nposonly else _ParameterKind.POSITIONAL_OR_KEYWORD
        default = defaults[i - first_default] if i >= first_default else _empty
        params.append(Parameter(name, kind, default=default, annotation=annotations.get(name, _empty)))
    i = npos + nkw
    if code.co_flags & _CO_VARARGS:
        name = names[i]
        params.append(Parameter(name, _ParameterKind.VAR_POSITIONAL, annotation=annotations.get(name, _empty)))
        i += 1
    for name in names[npos:npos + nkw]:
        params.append(Parameter(name, _ParameterKind.KEYWORD_ONLY, default=kwdefaults.get(name, _empty),
                                annotation=annotations.get(name, _empty)))
    if code.co_flags & _CO_VARKEYWORDS:
        name = names[i]
        params.append(Parameter(name, _ParameterKind.VAR_KEYWORD, annotation=annotations.get(name, _empty)))
    if skip_first:
        if not params or params[0].kind in (_ParameterKind.VAR_KEYWORD, _ParameterKind.KEYWORD_ONLY):
            raise ValueError("invalid method signature")
        if params[0].kind != _ParameterKind.VAR_POSITIONAL:
            params = params[1:]
    return Signature(params, return_annotation=annotations.get("return", _empty))


def signature(obj, *, follow_wrapped=True):
    """The Signature of a callable."""
    if not callable(obj):
        raise TypeError("%r is not a callable object" % (obj,))
    if isinstance(obj, types.MethodType):
        return _function_signature(unwrap(obj.__func__) if follow_wrapped else obj.__func__, skip_first=True)
    if follow_wrapped:
        obj = unwrap(obj)
    sig = getattr(obj, "__signature__", None)
    if isinstance(sig, Signature):
        return sig
    if isfunction(obj):
        return _function_signature(obj)
    if hasattr(obj, "func") and hasattr(obj, "keywords") and hasattr(obj, "args"):
        # functools.partial: the wrapped signature with the bound arguments removed.
        base = signature(obj.func)
        bound = base.bind_partial(*obj.args, **obj.keywords)
        params = []
        for name, param in base.parameters.items():
            if name in bound.arguments and param.kind not in (_ParameterKind.VAR_POSITIONAL, _ParameterKind.VAR_KEYWORD):
                if name in obj.keywords:
                    params.append(param.replace(kind=_ParameterKind.KEYWORD_ONLY, default=bound.arguments[name]))
                continue
            params.append(param)
        return base.replace(parameters=params)
    if isclass(obj):
        init = getattr(obj, "__init__", None)
        if isfunction(init):
            return _function_signature(init, skip_first=True)
        new = obj.__dict__.get("__new__") if hasattr(obj, "__dict__") else None
        if isinstance(new, staticmethod):
            new = new.__func__
        if isfunction(new):
            return _function_signature(new, skip_first=True)
        if obj.__init__ is object.__init__ and obj.__new__ is object.__new__:
            return Signature()
        raise ValueError("no signature found for builtin type %r" % (obj,))
    call = getattr(type(obj), "__call__", None)
    if isfunction(call):
        return _function_signature(call, skip_first=True)
    raise ValueError("no signature found for %r" % (obj,))
