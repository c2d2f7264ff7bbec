import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** A change to the FerretDB source, applied to the copy before `go build`: a text replaced once, or a file added. */
export type SourcePatch =
  | { file: string; why: string; from: string; to: string }
  | { file: string; why: string; create: string };

/**
 * FerretDB 1.24.2's SQLite backend creates the unique _id index on the expression
 * `_ferretdb_sjson->"_id"` but filters, sorts, updates and deletes by `_ferretdb_sjson->'$._id'`.
 * Both read the same value, yet SQLite only uses an expression index for the very same
 * expression: every lookup by _id scanned the whole collection (76 ms per findOne at 5,000
 * documents of 5 KB, growing with the collection). Using the index's own expression makes them
 * index searches; stored data and indexes are unchanged, so existing data folders keep working.
 *
 * It also only pushes `{_id: value}` down to SQL: `{_id: {$in: [...]}}`, what a batched loader
 * sends, scanned and decoded every document. The second and third patches push that filter down
 * as `IN (...)` for up to 500 string or ObjectId values; FerretDB still applies the whole
 * filter to what SQLite returns, so answers are the same, only found through the index.
 */
export const FERRETDB_PATCHES: readonly SourcePatch[] = [
  {
    file: "internal/backends/sqlite/metadata/metadata.go",
    why: "look documents up by _id through the _id index",
    from: `IDColumn = DefaultColumn + "->'$._id'"`,
    to: `IDColumn = DefaultColumn + "->\\"_id\\""`,
  },
  {
    file: "internal/backends/sqlite/collection.go",
    why: "push {_id: {$in: [...]}} down to the _id index",
    from: [
      "\t\tswitch v.(type) {",
      "\t\tcase string, types.ObjectID:",
      "\t\t\twhereClause = fmt.Sprintf(` WHERE %s = ?`, metadata.IDColumn)",
      "\t\t\targs = []any{string(must.NotFail(sjson.MarshalSingleValue(v)))}",
      "\t\t}",
      "\t}",
      "",
      "\tq += whereClause",
    ].join("\n"),
    to: [
      "\t\tswitch v := v.(type) {",
      "\t\tcase string, types.ObjectID:",
      "\t\t\twhereClause = fmt.Sprintf(` WHERE %s = ?`, metadata.IDColumn)",
      "\t\t\targs = []any{string(must.NotFail(sjson.MarshalSingleValue(v)))}",
      "\t\tcase *types.Document:",
      "\t\t\twhereClause, args = idInClause(v)",
      "\t\t}",
      "\t}",
      "",
      "\tq += whereClause",
    ].join("\n"),
  },
  {
    file: "internal/backends/sqlite/prisme_id_in.go",
    why: "push {_id: {$in: [...]}} down to the _id index",
    create: `// Added by Prisme's embedded-db build (packages/embedded-db/src/patches.ts).

package sqlite

import (
	"fmt"
	"strings"

	"github.com/FerretDB/FerretDB/internal/backends/sqlite/metadata"
	"github.com/FerretDB/FerretDB/internal/handler/sjson"
	"github.com/FerretDB/FerretDB/internal/types"
	"github.com/FerretDB/FerretDB/internal/util/must"
)

// idInClause returns a WHERE clause for the _id filter {$in: [...]} when every value is a string
// or an ObjectId (at most 500 of them), or no clause at all (the filter is applied after the query).
func idInClause(filter *types.Document) (string, []any) {
	if filter.Len() != 1 {
		return "", nil
	}

	in, _ := filter.Get("$in")

	values, ok := in.(*types.Array)
	if !ok || values.Len() == 0 || values.Len() > 500 {
		return "", nil
	}

	args := make([]any, 0, values.Len())

	for i := 0; i < values.Len(); i++ {
		v := must.NotFail(values.Get(i))

		switch v.(type) {
		case string, types.ObjectID:
			args = append(args, string(must.NotFail(sjson.MarshalSingleValue(v))))
		default:
			return "", nil
		}
	}

	placeholders := strings.TrimSuffix(strings.Repeat("?, ", len(args)), ", ")

	return fmt.Sprintf(\` WHERE %s IN (%s)\`, metadata.IDColumn, placeholders), args
}
`,
  },
];

/** Applies each patch once; a source that no longer carries the expected text stops the build. */
export function applyPatches(srcDir: string, patches: readonly SourcePatch[] = FERRETDB_PATCHES): void {
  for (const patch of patches) {
    const path = join(srcDir, patch.file);
    if ("create" in patch) {
      if (existsSync(path)) throw new Error(`Cannot patch FerretDB (${patch.why}): ${patch.file} exists already.`);
      writeFileSync(path, patch.create);
      continue;
    }
    const text = readFileSync(path, "utf8");
    const at = text.indexOf(patch.from);
    if (at < 0 || text.indexOf(patch.from, at + 1) >= 0) {
      throw new Error(`Cannot patch FerretDB (${patch.why}): ${patch.file} does not contain exactly one \`${patch.from.split("\n")[0]}…\`.`);
    }
    writeFileSync(path, text.replace(patch.from, () => patch.to));
  }
}
