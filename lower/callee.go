package lower

import (
	"strconv"
	"strings"

	js "github.com/js2go/js2go/frontend"
)

// calleeText renders an expression the way V8's CallPrinter does in messages
// such as "a.b is not a function": names, this, member chains and literal
// keys are printed, anything else is "(intermediate value)".
func (l *lowerer) calleeText(e js.Expr) string {
	switch d := e.Data.(type) {
	case *js.EIdentifier:
		return d.Name
	case *js.EThis:
		return "this"
	case *js.ESuper:
		return "super"
	case *js.ENull:
		return "null"
	case *js.EBoolean:
		return strconv.FormatBool(d.Value)
	case *js.ENumber:
		return numberKey(d.Value)
	case *js.EString:
		return strconv.Quote(WTF8(d.Value))
	case *js.ETemplate:
		if d.Tag == nil && len(d.Parts) == 0 {
			return strconv.Quote(WTF8(d.Head))
		}
	case *js.EDot:
		return l.objectText(d.Target) + chainDot(d.OptionalChain) + d.Name
	case *js.EPrivateDot:
		return l.objectText(d.Target) + chainDot(d.OptionalChain) + "#" + d.Name
	case *js.EIndex:
		if s, ok := d.Index.Data.(*js.EString); ok {
			return l.calleeText(d.Target) + chainDot(d.OptionalChain) + WTF8(s.Value)
		}
		open := "["
		if d.OptionalChain == js.OptionalChainStart {
			open = "?.["
		}
		return l.calleeText(d.Target) + open + l.calleeText(d.Index) + "]"
	case *js.ECall:
		return l.calleeText(d.Target) + "(...)"
	case *js.EObject:
		if len(d.Properties) == 0 {
			return "{}"
		}
		return "{(intermediate value)}"
	case *js.EArray:
		items := make([]string, len(d.Items))
		for i, it := range d.Items {
			items[i] = l.calleeText(it)
		}
		return "[" + strings.Join(items, ",") + "]"
	case *js.EUnary:
		switch d.Op {
		case js.UnOpVoid, js.UnOpTypeof, js.UnOpDelete:
			return "(" + js.OpText[d.Op] + " " + l.calleeText(d.Value) + ")"
		}
	case *js.EBinary:
		if d.Op == js.BinOpComma || !d.Op.IsAssign() {
			sep := " " + js.OpText[d.Op] + " "
			if d.Op == js.BinOpComma {
				sep = " , "
			}
			return "(" + l.calleeText(d.Left) + sep + l.calleeText(d.Right) + ")"
		}
	}
	return "(intermediate value)"
}

// objectText is the text of the object of a member access: an operator
// expression there is "(intermediate value)" to V8.
func (l *lowerer) objectText(e js.Expr) string {
	switch e.Data.(type) {
	case *js.EBinary, *js.EUnary:
		return "(intermediate value)"
	}
	return l.calleeText(e)
}

func chainDot(c js.OptionalChain) string {
	if c == js.OptionalChainStart {
		return "?."
	}
	return "."
}
