package runtime

import (
	"math/big"
	"unsafe"
)

// BigInt makes a bigint value; the *big.Int must not be modified afterwards.
func BigInt(b *big.Int) Value { return Value{kind: KindBigInt, ref: unsafe.Pointer(b)} }

// BigIntValue returns the *big.Int a bigint value holds (not to be modified).
func (v Value) BigIntValue() *big.Int {
	if v.kind != KindBigInt {
		return nil
	}
	return (*big.Int)(v.ref)
}

func bigIntSign(v Value) int                { return v.BigIntValue().Sign() }
func bigIntString(v Value, base int) string { return v.BigIntValue().Text(base) }
func bigIntCompare(a, b Value) int          { return a.BigIntValue().Cmp(b.BigIntValue()) }
