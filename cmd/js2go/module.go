package main

import (
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
)

// packageType is the "type" field of the package.json nearest to the file
// at absPath, looking in its directory and then each parent, as node 20's
// module format lookup does: "module", "commonjs", or "" when no
// package.json is found or the nearest one has no (string) type; and the
// path of that package.json. A package.json that is not valid JSON counts
// as one without a type (node reports it only when it has to load the
// package).
func packageType(absPath string) (typ, pkgPath string) {
	for dir := filepath.Dir(absPath); ; {
		if filepath.Base(dir) == "node_modules" {
			// A package's scope ends at the node_modules folder it is in.
			return "", ""
		}
		pkgPath = filepath.Join(dir, "package.json")
		data, err := os.ReadFile(pkgPath)
		if err == nil {
			var pkg struct {
				Type any `json:"type"`
			}
			if json.Unmarshal(data, &pkg) != nil {
				return "", pkgPath
			}
			typ, _ = pkg.Type.(string)
			return typ, pkgPath
		}
		if !errors.Is(err, fs.ErrNotExist) && !errors.Is(err, fs.ErrPermission) {
			return "", ""
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", ""
		}
		dir = parent
	}
}
