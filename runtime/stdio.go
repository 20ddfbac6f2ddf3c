package runtime

import (
	"bufio"
	"io"
	"os"
)

// Standard output is buffered, as node's writes to a pipe or file appear in
// order but not necessarily at once; standard error is written through. To
// keep the interleaving node shows, stdout is flushed before every write to
// stderr, and at every exit (FlushOutput). A terminal gets each write at
// once, so an interactive program shows its output as it runs.

var (
	stdoutWriter           = bufio.NewWriterSize(os.Stdout, 64<<10)
	stdoutIsTTY            = isTerminal(os.Stdout)
	stderrSink   io.Writer = os.Stderr
)

func isTerminal(f *os.File) bool {
	info, err := f.Stat()
	return err == nil && info.Mode()&os.ModeCharDevice != 0
}

// WriteStdout writes WTF-8 text to standard output. Lone surrogates become
// U+FFFD, as node's UTF-8 encoding of the string does.
func WriteStdout(s string) {
	// Write errors (a closed pipe) are dropped: node ignores EPIPE on stdout.
	_, _ = stdoutWriter.WriteString(toUTF8(s))
	if stdoutIsTTY {
		_ = stdoutWriter.Flush()
	}
}

// writeStdoutLine writes text and a newline, as console.log does.
func writeStdoutLine(s string) {
	_, _ = stdoutWriter.WriteString(toUTF8(s))
	_ = stdoutWriter.WriteByte('\n')
	if stdoutIsTTY {
		_ = stdoutWriter.Flush()
	}
}

// WriteStderr writes WTF-8 text to standard error, after everything
// written to stdout so far.
func WriteStderr(s string) {
	_ = stdoutWriter.Flush()
	_, _ = io.WriteString(stderrSink, toUTF8(s))
}

// WriteStdoutBytes writes raw bytes to standard output.
func WriteStdoutBytes(b []byte) {
	_, _ = stdoutWriter.Write(b)
	if stdoutIsTTY {
		_ = stdoutWriter.Flush()
	}
}

// WriteStderrBytes writes raw bytes to standard error, after everything
// written to stdout so far.
func WriteStderrBytes(b []byte) {
	_ = stdoutWriter.Flush()
	_, _ = stderrSink.Write(b)
}

// FlushOutput writes out everything buffered. The event loop calls it when
// the program ends (however it ends) and before it sleeps waiting for a
// timer or host work.
func FlushOutput() {
	_ = stdoutWriter.Flush()
}

// setStdio redirects both streams; the tests use it to capture output.
func setStdio(stdout, stderr io.Writer) {
	stdoutWriter = bufio.NewWriterSize(stdout, 64<<10)
	stdoutIsTTY = false
	stderrSink = stderr
}

// toUTF8 replaces the WTF-8 encoding of lone surrogates (ED A0..BF xx) by
// U+FFFD; text without an 0xED byte is returned as it is.
func toUTF8(s string) string {
	i := 0
	for ; i < len(s); i++ {
		if s[i] == 0xed && i+1 < len(s) && s[i+1] >= 0xa0 {
			break
		}
	}
	if i == len(s) {
		return s
	}
	b := make([]byte, 0, len(s))
	b = append(b, s[:i]...)
	for ; i < len(s); i++ {
		if s[i] == 0xed && i+2 < len(s) && s[i+1] >= 0xa0 && s[i+1] <= 0xbf {
			b = append(b, "\uFFFD"...)
			i += 2
			continue
		}
		b = append(b, s[i])
	}
	return string(b)
}
