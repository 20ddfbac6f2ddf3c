package runtime

import (
	"bytes"
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
)

// Lone surrogates reach the byte stream as U+FFFD, a pair as its code
// point: node's bytes for process.stdout.write('a\ud800b\udc00\ud83d\ude00').
func TestToUTF8(t *testing.T) {
	s := Str16([]uint16{'a', 0xd800, 'b', 0xdc00, 0xd83d, 0xde00}).Text()
	assert.Equal(t, "a\uFFFDb\uFFFD😀", toUTF8(s))
	assert.Equal(t, "plain ascii", toUTF8("plain ascii"))
	assert.Equal(t, "é😀", toUTF8("é😀"))
}

// Whatever was written to stdout comes out before what is then written to
// stderr, though stdout is buffered.
func TestStdoutFlushedBeforeStderr(t *testing.T) {
	var both bytes.Buffer
	setStdio(&both, &both)
	defer setStdio(os.Stdout, os.Stderr)
	WriteStdout("out 1\n")
	writeStdoutLine("out 2")
	assert.Equal(t, "", both.String(), "stdout is buffered")
	WriteStderr("err 1\n")
	WriteStdout("out 3\n")
	FlushOutput()
	assert.Equal(t, "out 1\nout 2\nerr 1\nout 3\n", both.String())
}
