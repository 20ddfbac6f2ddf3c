package main

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"os/signal"
	"syscall"
)

// runProgram runs an executable with the command's standard streams and
// returns its exit status.
func runProgram(exe string, args []string, std stdio) int {
	cmd := exec.Command(exe, args...)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = std.in, std.out, std.err
	stop := ignoreInterrupts()
	defer stop()
	err := cmd.Run()
	var exitErr *exec.ExitError
	switch {
	case err == nil:
		return 0
	case errors.As(err, &exitErr):
		return exitStatus(exitErr)
	default:
		fmt.Fprintf(std.err, "js2go: %v\n", err)
		return exitCompilerBug
	}
}

// exitStatus is the status a shell would report: the exit code, or 128+N
// for a program killed by signal N.
func exitStatus(e *exec.ExitError) int {
	if ws, ok := e.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
		return 128 + int(ws.Signal())
	}
	return e.ExitCode()
}

// ignoreInterrupts keeps Ctrl-C from killing js2go while the program it
// runs (which gets the same signal from the terminal) decides what to do.
func ignoreInterrupts() (stop func()) {
	interrupts := make(chan os.Signal, 1)
	signal.Notify(interrupts, os.Interrupt)
	return func() { signal.Stop(interrupts) }
}
