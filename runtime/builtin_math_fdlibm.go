package runtime

import "math"

// V8 computes Math's transcendental functions with its port of fdlibm
// (src/base/ieee754.cc), not with the C library, and Go's math package
// differs from it in the last bit for about one argument in ten (Go's sin,
// cos, tan and atan come from Cephes; its exp and log are assembly on
// amd64). Printed results must be node's, so these functions follow
// fdlibm's algorithms step for step. expm1, log1p, asinh, acosh and atanh
// are Go's own ports of the same code and agree already.
//
// fdlibm: Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
// Developed at SunSoft, a Sun Microsystems, Inc. business. Permission to
// use, copy, modify, and distribute this software is freely granted,
// provided that this notice is preserved.

// highWord is the sign, exponent and top 20 bits of x's mantissa.
func highWord(x float64) int32 { return int32(math.Float64bits(x) >> 32) }

// lowWord is the low 32 bits of x's mantissa.
func lowWord(x float64) uint32 { return uint32(math.Float64bits(x)) }

// fromWords assembles a float64 from its high and low words.
func fromWords(hi int32, lo uint32) float64 {
	return math.Float64frombits(uint64(uint32(hi))<<32 | uint64(lo))
}

// withLowWord is x with its low word replaced.
func withLowWord(x float64, lo uint32) float64 { return fromWords(highWord(x), lo) }

// twoOverPi is 2/π in 24-bit chunks, for reducing huge arguments.
var twoOverPi = [...]int32{
	0xA2F983, 0x6E4E44, 0x1529FC, 0x2757D1, 0xF534DD, 0xC0DB62, 0x95993C,
	0x439041, 0xFE5163, 0xABDEBB, 0xC561B7, 0x246E3A, 0x424DD2, 0xE00649,
	0x2EEA09, 0xD1921C, 0xFE1DEB, 0x1CB129, 0xA73EE8, 0x8235F5, 0x2EBB44,
	0x84E99C, 0x7026B4, 0x5F7E41, 0x3991D6, 0x398353, 0x39F49C, 0x845F8B,
	0xBDF928, 0x3B1FF8, 0x97FFDE, 0x05980F, 0xEF2F11, 0x8B5A0A, 0x6D1F6D,
	0x367ECF, 0x27CB09, 0xB74F46, 0x3F669E, 0x5FEA2D, 0x7527BA, 0xC7EBE5,
	0xF17B3D, 0x0739F7, 0x8A5292, 0xEA6BFB, 0x5FB11F, 0x8D5D08, 0x560330,
	0x46FC7B, 0x6BABF0, 0xCFBC20, 0x9AF436, 0x1DA9E3, 0x91615E, 0xE61B08,
	0x659985, 0x5F14A0, 0x68408D, 0xFFD880, 0x4D7327, 0x310606, 0x1556CA,
	0x73A8C9, 0x60E27B, 0xC08C6B,
}

// nPiOver2High holds the high words of n·π/2 for n = 1..32: an argument
// with one of them may lose bits in the quick reduction.
var nPiOver2High = [...]int32{
	0x3FF921FB, 0x400921FB, 0x4012D97C, 0x401921FB, 0x401F6A7A, 0x4022D97C,
	0x4025FDBB, 0x402921FB, 0x402C463A, 0x402F6A7A, 0x4031475C, 0x4032D97C,
	0x40346B9C, 0x4035FDBB, 0x40378FDB, 0x403921FB, 0x403AB41B, 0x403C463A,
	0x403DD85A, 0x403F6A7A, 0x40407E4C, 0x4041475C, 0x4042106C, 0x4042D97C,
	0x4043A28C, 0x40446B9C, 0x404534AC, 0x4045FDBB, 0x4046C6CB, 0x40478FDB,
	0x404858EB, 0x404921FB,
}

// remPiOver2 is __ieee754_rem_pio2: x - n·π/2 as y0+y1 with |y0| ≤ π/4,
// and n.
func remPiOver2(x float64) (n int32, y0, y1 float64) {
	const (
		invpio2 = 6.36619772367581382433e-01
		pio2_1  = 1.57079632673412561417e+00
		pio2_1t = 6.07710050650619224932e-11
		pio2_2  = 6.07710050630396597660e-11
		pio2_2t = 2.02226624879595063154e-21
		pio2_3  = 2.02226624871116645580e-21
		pio2_3t = 8.47842766036889956997e-32
	)
	hx := highWord(x)
	ix := hx & 0x7FFFFFFF
	if ix <= 0x3FE921FB {
		return 0, x, 0
	}
	if ix < 0x4002D97C { // |x| < 3π/4: n is ±1
		if hx > 0 {
			z := x - pio2_1
			if ix != 0x3FF921FB {
				y0 = z - pio2_1t
				return 1, y0, (z - y0) - pio2_1t
			}
			z -= pio2_2
			y0 = z - pio2_2t
			return 1, y0, (z - y0) - pio2_2t
		}
		z := x + pio2_1
		if ix != 0x3FF921FB {
			y0 = z + pio2_1t
			return -1, y0, (z - y0) + pio2_1t
		}
		z += pio2_2
		y0 = z + pio2_2t
		return -1, y0, (z - y0) + pio2_2t
	}
	if ix <= 0x413921FB { // |x| ≤ 2¹⁹·π/2
		t := math.Abs(x)
		n = int32(t*invpio2 + 0.5)
		fn := float64(n)
		r := t - fn*pio2_1
		w := fn * pio2_1t
		if n < 32 && ix != nPiOver2High[n-1] {
			y0 = r - w
		} else {
			j := ix >> 20
			y0 = r - w
			if j-((highWord(y0)>>20)&0x7FF) > 16 { // a second round, good to 118 bits
				t = r
				w = fn * pio2_2
				r = t - w
				w = fn*pio2_2t - ((t - r) - w)
				y0 = r - w
				if j-((highWord(y0)>>20)&0x7FF) > 49 { // a third, 151 bits
					t = r
					w = fn * pio2_3
					r = t - w
					w = fn*pio2_3t - ((t - r) - w)
					y0 = r - w
				}
			}
		}
		y1 = (r - y0) - w
		if hx < 0 {
			return -n, -y0, -y1
		}
		return n, y0, y1
	}
	if ix >= 0x7FF00000 {
		return 0, x - x, x - x
	}
	// Huge: split |x| scaled by 2^-e0 into three 24-bit pieces.
	e0 := (ix >> 20) - 1046
	z := fromWords(ix-e0<<20, lowWord(x))
	var tx [3]float64
	for i := 0; i < 2; i++ {
		tx[i] = float64(int32(z))
		z = (z - tx[i]) * 16777216
	}
	tx[2] = z
	nx := 3
	for tx[nx-1] == 0 {
		nx--
	}
	var y [2]float64
	n = kernelRemPiOver2(tx[:nx], y[:], int(e0))
	if hx < 0 {
		return -n, -y[0], -y[1]
	}
	return n, y[0], y[1]
}

// kernelRemPiOver2 is __kernel_rem_pio2 at double precision (prec 2): the
// 24-bit pieces x of a huge argument, scaled by 2^e0, reduced by π/2 into
// y[0]+y[1]; it returns the quotient's last three bits.
func kernelRemPiOver2(x, y []float64, e0 int) int32 {
	piOver2 := [...]float64{
		1.57079625129699707031e+00, 7.54978941586159635335e-08,
		5.39030252995776476554e-15, 3.28200341580791294123e-22,
		1.27065575308067607349e-29, 1.22933308981111328932e-36,
		2.73370053816464559624e-44, 2.16741683877804819444e-51,
	}
	const (
		two24  = 1.67772160000000000000e+07
		twon24 = 5.96046447753906250000e-08
		jk     = 4 // terms of 2/π to start with at 64-bit precision
	)
	var iq [20]int32
	var f, fq, q [20]float64
	jp := jk
	jx := len(x) - 1
	jv := max((e0-3)/24, 0)
	q0 := e0 - 24*(jv+1)
	for i, j := 0, jv-jx; i <= jx+jk; i, j = i+1, j+1 {
		if j >= 0 {
			f[i] = float64(twoOverPi[j])
		}
	}
	for i := 0; i <= jk; i++ {
		fw := 0.0
		for j := 0; j <= jx; j++ {
			fw += x[j] * f[jx+i-j]
		}
		q[i] = fw
	}
	jz := jk
	var z float64
	var n, ih int32
	for {
		// Distill q[] into iq[] in reverse.
		z = q[jz]
		for i, j := 0, jz; j > 0; i, j = i+1, j-1 {
			fw := float64(int32(twon24 * z))
			iq[i] = int32(z - two24*fw)
			z = q[j-1] + fw
		}
		z = math.Ldexp(z, q0)
		z -= 8 * math.Floor(z*0.125)
		n = int32(z)
		z -= float64(n)
		ih = 0
		switch {
		case q0 > 0:
			i := iq[jz-1] >> (24 - q0)
			n += i
			iq[jz-1] -= i << (24 - q0)
			ih = iq[jz-1] >> (23 - q0)
		case q0 == 0:
			ih = iq[jz-1] >> 23
		case z >= 0.5:
			ih = 2
		}
		if ih > 0 { // q > 0.5: take 1-q
			n++
			carry := false
			for i := 0; i < jz; i++ {
				j := iq[i]
				if !carry {
					if j != 0 {
						carry = true
						iq[i] = 0x1000000 - j
					}
				} else {
					iq[i] = 0xFFFFFF - j
				}
			}
			switch q0 {
			case 1:
				iq[jz-1] &= 0x7FFFFF
			case 2:
				iq[jz-1] &= 0x3FFFFF
			}
			if ih == 2 {
				z = 1 - z
				if carry {
					z -= math.Ldexp(1, q0)
				}
			}
		}
		if z != 0 {
			break
		}
		j := int32(0)
		for i := jz - 1; i >= jk; i-- {
			j |= iq[i]
		}
		if j != 0 {
			break
		}
		// Every bit cancelled: recompute with more terms of 2/π.
		k := 1
		for jk >= k && iq[jk-k] == 0 {
			k++
		}
		for i := jz + 1; i <= jz+k; i++ {
			f[jx+i] = float64(twoOverPi[jv+i])
			fw := 0.0
			for j := 0; j <= jx; j++ {
				fw += x[j] * f[jx+i-j]
			}
			q[i] = fw
		}
		jz += k
	}
	if z == 0 {
		jz--
		q0 -= 24
		for iq[jz] == 0 {
			jz--
			q0 -= 24
		}
	} else {
		z = math.Ldexp(z, -q0)
		if z >= two24 {
			fw := float64(int32(twon24 * z))
			iq[jz] = int32(z - two24*fw)
			jz++
			q0 += 24
			iq[jz] = int32(fw)
		} else {
			iq[jz] = int32(z)
		}
	}
	fw := math.Ldexp(1, q0)
	for i := jz; i >= 0; i-- {
		q[i] = fw * float64(iq[i])
		fw *= twon24
	}
	for i := jz; i >= 0; i-- {
		fw = 0
		for k := 0; k <= jp && k <= jz-i; k++ {
			fw += piOver2[k] * q[i+k]
		}
		fq[jz-i] = fw
	}
	fw = 0
	for i := jz; i >= 0; i-- {
		fw += fq[i]
	}
	if ih == 0 {
		y[0] = fw
	} else {
		y[0] = -fw
	}
	fw = fq[0] - fw
	for i := 1; i <= jz; i++ {
		fw += fq[i]
	}
	if ih == 0 {
		y[1] = fw
	} else {
		y[1] = -fw
	}
	return n & 7
}

// kernelSin is sin(x+y) for |x| ≤ π/4; tail says whether y counts.
func kernelSin(x, y float64, tail bool) float64 {
	const (
		S1 = -1.66666666666666324348e-01
		S2 = 8.33333333332248946124e-03
		S3 = -1.98412698298579493134e-04
		S4 = 2.75573137070700676789e-06
		S5 = -2.50507602534068634195e-08
		S6 = 1.58969099521155010221e-10
	)
	if highWord(x)&0x7FFFFFFF < 0x3E400000 && int32(x) == 0 {
		return x
	}
	z := x * x
	v := z * x
	r := S2 + z*(S3+z*(S4+z*(S5+z*S6)))
	if !tail {
		return x + v*(S1+z*r)
	}
	return x - ((z*(0.5*y-v*r) - y) - v*S1)
}

// kernelCos is cos(x+y) for |x| ≤ π/4.
func kernelCos(x, y float64) float64 {
	const (
		C1 = 4.16666666666666019037e-02
		C2 = -1.38888888888741095749e-03
		C3 = 2.48015872894767294178e-05
		C4 = -2.75573143513906633035e-07
		C5 = 2.08757232129817482790e-09
		C6 = -1.13596475577881948265e-11
	)
	ix := highWord(x) & 0x7FFFFFFF
	if ix < 0x3E400000 && int32(x) == 0 {
		return 1
	}
	z := x * x
	r := z * (C1 + z*(C2+z*(C3+z*(C4+z*(C5+z*C6)))))
	if ix < 0x3FD33333 { // |x| < 0.3
		return 1 - (0.5*z - (z*r - x*y))
	}
	qx := 0.28125
	if ix <= 0x3FE90000 {
		qx = fromWords(ix-0x00200000, 0) // x/4
	}
	return (1 - qx) - ((0.5*z - qx) - (z*r - x*y))
}

// kernelTan is tan(x+y) for |x| ≤ π/4 when odd is false, else -1/tan(x+y).
func kernelTan(x, y float64, odd bool) float64 {
	T := [...]float64{
		3.33333333333334091986e-01, 1.33333333333201242699e-01,
		5.39682539762260521377e-02, 2.18694882948595424599e-02,
		8.86323982359930005737e-03, 3.59207910759131235356e-03,
		1.45620945432529025516e-03, 5.88041240820264096874e-04,
		2.46463134818469906812e-04, 7.81794442939557092300e-05,
		7.14072491382608190305e-05, -1.85586374855275456654e-05,
		2.59073051863633712884e-05,
	}
	const (
		pio4   = 7.85398163397448278999e-01
		pio4lo = 3.06161699786838301793e-17
	)
	iy := 1.0
	if odd {
		iy = -1
	}
	hx := highWord(x)
	ix := hx & 0x7FFFFFFF
	if ix < 0x3E300000 && int32(x) == 0 { // |x| < 2⁻²⁸
		switch {
		case (uint32(ix)|lowWord(x)) == 0 && odd:
			return 1 / math.Abs(x)
		case !odd:
			return x
		}
		// -1/(x+y), carefully.
		w := x + y
		z := withLowWord(w, 0)
		v := y - (z - x)
		a := -1 / w
		t := withLowWord(a, 0)
		s := 1 + t*z
		return t + a*(s+t*v)
	}
	big := ix >= 0x3FE59428 // |x| ≥ 0.6744
	if big {
		if hx < 0 {
			x, y = -x, -y
		}
		x = (pio4 - x) + (pio4lo - y)
		y = 0
	}
	z := x * x
	w := z * z
	r := T[1] + w*(T[3]+w*(T[5]+w*(T[7]+w*(T[9]+w*T[11]))))
	v := z * (T[2] + w*(T[4]+w*(T[6]+w*(T[8]+w*(T[10]+w*T[12])))))
	s := z * x
	r = y + z*(s*(r+v)+y)
	r += T[0] * s
	w = x + r
	if big {
		return float64(1-((hx>>30)&2)) * (iy - 2*(x-(w*w/(w+iy)-r)))
	}
	if !odd {
		return w
	}
	z = withLowWord(w, 0)
	v = r - (z - x)
	a := -1 / w
	t := withLowWord(a, 0)
	s = 1 + t*z
	return t + a*(s+t*v)
}

func fdlibmSin(x float64) float64 {
	ix := highWord(x) & 0x7FFFFFFF
	switch {
	case ix <= 0x3FE921FB:
		return kernelSin(x, 0, false)
	case ix >= 0x7FF00000:
		return math.NaN()
	}
	n, y0, y1 := remPiOver2(x)
	switch n & 3 {
	case 0:
		return kernelSin(y0, y1, true)
	case 1:
		return kernelCos(y0, y1)
	case 2:
		return -kernelSin(y0, y1, true)
	}
	return -kernelCos(y0, y1)
}

func fdlibmCos(x float64) float64 {
	ix := highWord(x) & 0x7FFFFFFF
	switch {
	case ix <= 0x3FE921FB:
		return kernelCos(x, 0)
	case ix >= 0x7FF00000:
		return math.NaN()
	}
	n, y0, y1 := remPiOver2(x)
	switch n & 3 {
	case 0:
		return kernelCos(y0, y1)
	case 1:
		return -kernelSin(y0, y1, true)
	case 2:
		return -kernelCos(y0, y1)
	}
	return kernelSin(y0, y1, true)
}

func fdlibmTan(x float64) float64 {
	ix := highWord(x) & 0x7FFFFFFF
	switch {
	case ix <= 0x3FE921FB:
		return kernelTan(x, 0, false)
	case ix >= 0x7FF00000:
		return math.NaN()
	}
	n, y0, y1 := remPiOver2(x)
	return kernelTan(y0, y1, n&1 != 0)
}

// asinR is the rational approximation of (asin(x)-x)/x³ in t = x², as its
// numerator p and denominator q.
func asinR(t float64) (p, q float64) {
	const (
		pS0 = 1.66666666666666657415e-01
		pS1 = -3.25565818622400915405e-01
		pS2 = 2.01212532134862925881e-01
		pS3 = -4.00555345006794114027e-02
		pS4 = 7.91534994289814532176e-04
		pS5 = 3.47933107596021167570e-05
		qS1 = -2.40339491173441421878e+00
		qS2 = 2.02094576023350569471e+00
		qS3 = -6.88283971605453293030e-01
		qS4 = 7.70381505559019352791e-02
	)
	p = t * (pS0 + t*(pS1+t*(pS2+t*(pS3+t*(pS4+t*pS5)))))
	q = 1 + t*(qS1+t*(qS2+t*(qS3+t*qS4)))
	return p, q
}

const (
	pio2Hi = 1.57079632679489655800e+00
	pio2Lo = 6.12323399573676603587e-17
)

func fdlibmAsin(x float64) float64 {
	const pio4Hi = 7.85398163397448278999e-01
	hx := highWord(x)
	ix := hx & 0x7FFFFFFF
	if ix >= 0x3FF00000 { // |x| ≥ 1
		if (ix-0x3FF00000)|int32(lowWord(x)) == 0 {
			return x*pio2Hi + x*pio2Lo
		}
		return math.NaN()
	}
	if ix < 0x3FE00000 { // |x| < 0.5
		if ix < 0x3E400000 {
			return x
		}
		p, q := asinR(x * x)
		return x + x*(p/q)
	}
	t := (1 - math.Abs(x)) * 0.5
	p, q := asinR(t)
	s := math.Sqrt(t)
	if ix >= 0x3FEF3333 { // |x| > 0.975
		t = pio2Hi - (2*(s+s*(p/q)) - pio2Lo)
	} else {
		w := withLowWord(s, 0)
		c := (t - w*w) / (s + w)
		p = 2*s*(p/q) - (pio2Lo - 2*c)
		q = pio4Hi - 2*w
		t = pio4Hi - (p - q)
	}
	if hx > 0 {
		return t
	}
	return -t
}

func fdlibmAcos(x float64) float64 {
	const pi = 3.14159265358979311600e+00
	hx := highWord(x)
	ix := hx & 0x7FFFFFFF
	if ix >= 0x3FF00000 { // |x| ≥ 1
		if (ix-0x3FF00000)|int32(lowWord(x)) == 0 {
			if hx > 0 {
				return 0
			}
			return pi + 2*pio2Lo
		}
		return math.NaN()
	}
	if ix < 0x3FE00000 { // |x| < 0.5
		if ix <= 0x3C600000 {
			return pio2Hi + pio2Lo
		}
		p, q := asinR(x * x)
		return pio2Hi - (x - (pio2Lo - x*(p/q)))
	}
	if hx < 0 { // x < -0.5
		z := (1 + x) * 0.5
		p, q := asinR(z)
		s := math.Sqrt(z)
		return pi - 2*(s+(p/q*s-pio2Lo))
	}
	z := (1 - x) * 0.5
	s := math.Sqrt(z)
	df := withLowWord(s, 0)
	c := (z - df*df) / (s + df)
	p, q := asinR(z)
	return 2 * (df + (p/q*s + c))
}

func fdlibmAtan(x float64) float64 {
	atanHi := [...]float64{
		4.63647609000806093515e-01, 7.85398163397448278999e-01,
		9.82793723247329054082e-01, 1.57079632679489655800e+00,
	}
	atanLo := [...]float64{
		2.26987774529616870924e-17, 3.06161699786838301793e-17,
		1.39033110312309984516e-17, 6.12323399573676603587e-17,
	}
	aT := [...]float64{
		3.33333333333329318027e-01, -1.99999999998764832476e-01,
		1.42857142725034663711e-01, -1.11111104054623557880e-01,
		9.09088713343650656196e-02, -7.69187620504482999495e-02,
		6.66107313738753120669e-02, -5.83357013379057348645e-02,
		4.97687799461593236017e-02, -3.65315727442169155270e-02,
		1.62858201153657823623e-02,
	}
	hx := highWord(x)
	ix := hx & 0x7FFFFFFF
	if ix >= 0x44100000 { // |x| ≥ 2⁶⁶
		if math.IsNaN(x) {
			return x
		}
		if hx > 0 {
			return atanHi[3] + atanLo[3]
		}
		return -atanHi[3] - atanLo[3]
	}
	id := -1
	if ix < 0x3FDC0000 { // |x| < 0.4375
		if ix < 0x3E400000 {
			return x
		}
	} else {
		x = math.Abs(x)
		switch {
		case ix < 0x3FE60000: // 7/16 ≤ |x| < 11/16
			id = 0
			x = (2*x - 1) / (2 + x)
		case ix < 0x3FF30000: // 11/16 ≤ |x| < 19/16
			id = 1
			x = (x - 1) / (x + 1)
		case ix < 0x40038000: // |x| < 2.4375
			id = 2
			x = (x - 1.5) / (1 + 1.5*x)
		default:
			id = 3
			x = -1 / x
		}
	}
	z := x * x
	w := z * z
	s1 := z * (aT[0] + w*(aT[2]+w*(aT[4]+w*(aT[6]+w*(aT[8]+w*aT[10])))))
	s2 := w * (aT[1] + w*(aT[3]+w*(aT[5]+w*(aT[7]+w*aT[9]))))
	if id < 0 {
		return x - x*(s1+s2)
	}
	z = atanHi[id] - ((x*(s1+s2) - atanLo[id]) - x)
	if hx < 0 {
		return -z
	}
	return z
}

func fdlibmAtan2(y, x float64) float64 {
	const (
		tiny  = 1.0e-300
		piO4  = 7.8539816339744827900e-01
		piO2  = 1.5707963267948965580e+00
		pi    = 3.1415926535897931160e+00
		piLo  = 1.2246467991473531772e-16
		large = 0x7FF00000
	)
	if math.IsNaN(x) || math.IsNaN(y) {
		return math.NaN()
	}
	hx, lx := highWord(x), lowWord(x)
	hy, ly := highWord(y), lowWord(y)
	ix, iy := hx&0x7FFFFFFF, hy&0x7FFFFFFF
	if x == 1 {
		return fdlibmAtan(y)
	}
	m := (hy>>31)&1 | (hx>>30)&2 // 2·sign(x) + sign(y)
	if uint32(iy)|ly == 0 {
		switch m {
		case 0, 1:
			return y
		case 2:
			return pi + tiny
		}
		return -pi - tiny
	}
	if uint32(ix)|lx == 0 {
		if hy < 0 {
			return -piO2 - tiny
		}
		return piO2 + tiny
	}
	if ix == large {
		if iy == large {
			switch m {
			case 0:
				return piO4 + tiny
			case 1:
				return -piO4 - tiny
			case 2:
				return 3*piO4 + tiny
			}
			return -3*piO4 - tiny
		}
		switch m {
		case 0:
			return 0
		case 1:
			return math.Copysign(0, -1)
		case 2:
			return pi + tiny
		}
		return -pi - tiny
	}
	if iy == large {
		if hy < 0 {
			return -piO2 - tiny
		}
		return piO2 + tiny
	}
	var z float64
	k := (iy - ix) >> 20
	switch {
	case k > 60: // |y/x| > 2⁶⁰
		z = piO2 + 0.5*piLo
		m &= 1
	case hx < 0 && k < -60:
		z = 0
	default:
		z = fdlibmAtan(math.Abs(y / x))
	}
	switch m {
	case 0:
		return z
	case 1:
		return -z
	case 2:
		return pi - (z - piLo)
	}
	return (z - piLo) - pi
}

func fdlibmExp(x float64) float64 {
	const (
		oThreshold = 7.09782712893383973096e+02
		uThreshold = -7.45133219101941108420e+02
		ln2Hi      = 6.93147180369123816490e-01
		ln2Lo      = 1.90821492927058770002e-10
		invln2     = 1.44269504088896338700e+00
		P1         = 1.66666666666666019037e-01
		P2         = -2.77777777770155933842e-03
		P3         = 6.61375632143793436117e-05
		P4         = -1.65339022054652515390e-06
		P5         = 4.13813679705723846039e-08
		twom1000   = 9.33263618503218878990e-302
		two1023    = 8.988465674311579539e307
	)
	hx := uint32(highWord(x))
	negative := hx>>31 != 0
	hx &= 0x7FFFFFFF
	if hx >= 0x40862E42 { // |x| ≥ 709.78…
		switch {
		case math.IsNaN(x):
			return x
		case math.IsInf(x, 0):
			if negative {
				return 0
			}
			return x
		case x > oThreshold:
			return math.Inf(1)
		case x < uThreshold:
			return 0
		}
	}
	var hi, lo float64
	k := int32(0)
	switch {
	case hx > 0x3FD62E42: // |x| > ln2/2
		if hx < 0x3FF0A2B2 { // and |x| < 1.5·ln2
			if x == 1 { // V8 special-cases e, whose last bit would be off
				return math.E
			}
			if negative {
				hi, lo, k = x+ln2Hi, -ln2Lo, -1
			} else {
				hi, lo, k = x-ln2Hi, ln2Lo, 1
			}
		} else {
			half := 0.5
			if negative {
				half = -0.5
			}
			k = int32(invln2*x + half)
			t := float64(k)
			hi = x - t*ln2Hi
			lo = t * ln2Lo
		}
		x = hi - lo
	case hx < 0x3E300000: // |x| < 2⁻²⁸
		return 1 + x
	}
	t := x * x
	var twopk float64
	if k >= -1021 {
		twopk = fromWords(0x3FF00000+k<<20, 0)
	} else {
		twopk = fromWords(0x3FF00000+(k+1000)<<20, 0)
	}
	c := x - t*(P1+t*(P2+t*(P3+t*(P4+t*P5))))
	if k == 0 {
		return 1 - ((x*c)/(c-2) - x)
	}
	y := 1 - ((lo - (x*c)/(2-c)) - hi)
	if k < -1021 {
		return y * twopk * twom1000
	}
	if k == 1024 {
		return y * 2 * two1023
	}
	return y * twopk
}

// logLg are the coefficients of log's approximation of log(1+f).
const (
	logLg1 = 6.666666666666735130e-01
	logLg2 = 3.999999999940941908e-01
	logLg3 = 2.857142874366239149e-01
	logLg4 = 2.222219843214978396e-01
	logLg5 = 1.818357216161805012e-01
	logLg6 = 1.531383769920937332e-01
	logLg7 = 1.479819860511658591e-01
	ln2Hi  = 6.93147180369123816490e-01
	ln2Lo  = 1.90821492927058770002e-10
	two54  = 1.80143985094819840000e+16
)

func fdlibmLog(x float64) float64 {
	hx, lx := highWord(x), lowWord(x)
	k := int32(0)
	if hx < 0x00100000 { // x < 2⁻¹⁰²²
		if uint32(hx&0x7FFFFFFF)|lx == 0 {
			return math.Inf(-1)
		}
		if hx < 0 {
			return math.NaN()
		}
		k -= 54
		x *= two54
		hx = highWord(x)
	}
	if hx >= 0x7FF00000 {
		return x + x
	}
	k += (hx >> 20) - 1023
	hx &= 0x000FFFFF
	i := (hx + 0x95F64) & 0x100000
	x = fromWords(hx|(i^0x3FF00000), lowWord(x)) // x or x/2, near 1
	k += i >> 20
	f := x - 1
	dk := float64(k)
	if 0x000FFFFF&(2+hx) < 3 { // -2⁻²⁰ ≤ f < 2⁻²⁰
		if f == 0 {
			if k == 0 {
				return 0
			}
			return dk*ln2Hi + dk*ln2Lo
		}
		R := f * f * (0.5 - 0.33333333333333333*f)
		if k == 0 {
			return f - R
		}
		return dk*ln2Hi - ((R - dk*ln2Lo) - f)
	}
	s := f / (2 + f)
	z := s * s
	i = hx - 0x6147A
	w := z * z
	j := 0x6B851 - hx
	t1 := w * (logLg2 + w*(logLg4+w*logLg6))
	t2 := z * (logLg1 + w*(logLg3+w*(logLg5+w*logLg7)))
	i |= j
	R := t2 + t1
	if i > 0 {
		hfsq := 0.5 * f * f
		if k == 0 {
			return f - (hfsq - s*(hfsq+R))
		}
		return dk*ln2Hi - ((hfsq - (s*(hfsq+R) + dk*ln2Lo)) - f)
	}
	if k == 0 {
		return f - s*(f-R)
	}
	return dk*ln2Hi - ((s*(f-R) - dk*ln2Lo) - f)
}

func fdlibmLog2(x float64) float64 {
	const (
		ivln2hi = 1.44269504072144627571e+00
		ivln2lo = 1.67517131648865118353e-10
	)
	hx, lx := highWord(x), lowWord(x)
	k := int32(0)
	if hx < 0x00100000 {
		if uint32(hx&0x7FFFFFFF)|lx == 0 {
			return math.Inf(-1)
		}
		if hx < 0 {
			return math.NaN()
		}
		k -= 54
		x *= two54
		hx = highWord(x)
	}
	if hx >= 0x7FF00000 {
		return x + x
	}
	if hx == 0x3FF00000 && lx == 0 {
		return 0
	}
	k += (hx >> 20) - 1023
	hx &= 0x000FFFFF
	i := (hx + 0x95F64) & 0x100000
	x = fromWords(hx|(i^0x3FF00000), lowWord(x))
	k += i >> 20
	y := float64(k)
	f := x - 1
	hfsq := 0.5 * f * f
	s := f / (2 + f)
	z := s * s
	w := z * z
	t1 := w * (logLg2 + w*(logLg4+w*logLg6))
	t2 := z * (logLg1 + w*(logLg3+w*(logLg5+w*logLg7)))
	r := s * (hfsq + t2 + t1)
	// f-hfsq in extra precision, then y added with Dekker's theorem.
	hi := withLowWord(f-hfsq, 0)
	lo := (f - hi) - hfsq + r
	valHi := hi * ivln2hi
	valLo := (lo+hi)*ivln2lo + lo*ivln2hi
	w = y + valHi
	valLo += (y - w) + valHi
	return valLo + w
}

func fdlibmLog10(x float64) float64 {
	const (
		ivln10    = 4.34294481903251816668e-01
		log10_2hi = 3.01029995663611771306e-01
		log10_2lo = 3.69423907715893078616e-13
	)
	hx, lx := highWord(x), lowWord(x)
	k := int32(0)
	if hx < 0x00100000 {
		if uint32(hx&0x7FFFFFFF)|lx == 0 {
			return math.Inf(-1)
		}
		if hx < 0 {
			return math.NaN()
		}
		k -= 54
		x *= two54
		hx, lx = highWord(x), lowWord(x)
	}
	if hx >= 0x7FF00000 {
		return x + x
	}
	if hx == 0x3FF00000 && lx == 0 {
		return 0
	}
	k += (hx >> 20) - 1023
	i := int32(uint32(k) & 0x80000000 >> 31)
	hx = (hx & 0x000FFFFF) | ((0x3FF - i) << 20)
	y := float64(k + i)
	x = fromWords(hx, lx)
	z := y*log10_2lo + ivln10*fdlibmLog(x)
	return z + y*log10_2hi
}

func fdlibmCbrt(x float64) float64 {
	const (
		B1 = 715094163
		B2 = 696219795
		P0 = 1.87595182427177009643
		P1 = -1.88497979543377169875
		P2 = 1.621429720105354466140
		P3 = -0.758397934778766047437
		P4 = 0.145996192886612446982
	)
	hx, low := uint32(highWord(x)), lowWord(x)
	sign := hx & 0x80000000
	hx ^= sign
	if hx >= 0x7FF00000 {
		return x + x
	}
	var t float64
	if hx < 0x00100000 { // zero or subnormal
		if hx|low == 0 {
			return x
		}
		t = fromWords(0x43500000, 0) * x
		high := uint32(highWord(t))
		t = fromWords(int32(sign|((high&0x7FFFFFFF)/3+B2)), 0)
	} else {
		t = fromWords(int32(sign|(hx/3+B1)), 0)
	}
	r := (t * t) * (t / x)
	t = t * ((P0 + r*(P1+r*P2)) + ((r*r)*r)*(P3+r*P4))
	t = math.Float64frombits((math.Float64bits(t) + 0x80000000) & 0xFFFFFFFFC0000000)
	s := t * t
	r = x / s
	w := t + t
	r = (r - t) / (w + r)
	return t + t*r
}

func fdlibmCosh(x float64) float64 {
	const overflow = 710.4758600739439
	ix := highWord(x) & 0x7FFFFFFF
	ax := math.Abs(x)
	switch {
	case ix < 0x3FD62E43: // |x| < ln2/2
		t := math.Expm1(ax)
		w := 1 + t
		if ix < 0x3C800000 {
			return w
		}
		return 1 + (t*t)/(w+w)
	case ix < 0x40360000: // |x| < 22
		t := fdlibmExp(ax)
		return 0.5*t + 0.5/t
	case ix < 0x40862E42:
		return 0.5 * fdlibmExp(ax)
	case ax <= overflow:
		w := fdlibmExp(0.5 * ax)
		return 0.5 * w * w
	case ix >= 0x7FF00000:
		return x * x
	}
	return math.Inf(1)
}

func fdlibmSinh(x float64) float64 {
	const (
		overflow = 710.4758600739439
		twoM28   = 3.725290298461914e-9
		logMaxD  = 709.7822265625
	)
	h := 0.5
	if x < 0 {
		h = -0.5
	}
	ax := math.Abs(x)
	if ax < 22 {
		if ax < twoM28 {
			return x
		}
		t := math.Expm1(ax)
		if ax < 1 {
			return h * (2*t - t*t/(t+1))
		}
		return h * (t + t/(t+1))
	}
	if ax < logMaxD {
		return h * fdlibmExp(ax)
	}
	if ax <= overflow {
		w := fdlibmExp(0.5 * ax)
		return h * w * w
	}
	return x * 1.0e307
}

func fdlibmTanh(x float64) float64 {
	jx := highWord(x)
	ix := jx & 0x7FFFFFFF
	if ix >= 0x7FF00000 {
		if jx >= 0 {
			return 1/x + 1
		}
		return 1/x - 1
	}
	var z float64
	switch {
	case ix >= 0x40360000: // |x| ≥ 22
		z = 1
	case ix < 0x3E300000: // |x| < 2⁻²⁸
		return x
	case ix >= 0x3FF00000: // |x| ≥ 1
		t := math.Expm1(2 * math.Abs(x))
		z = 1 - 2/(t+2)
	default:
		t := math.Expm1(-2 * math.Abs(x))
		z = -t / (t + 2)
	}
	if jx >= 0 {
		return z
	}
	return -z
}
