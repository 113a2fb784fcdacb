/* SPDX-License-Identifier: MIT */
/* cli.h: what the files of the command line share: exit codes, the options
 * every command takes, finding documents, running the extract stage over
 * them, and writing the outputs.  Private to cli/. */
#ifndef KG_CLI_H
#define KG_CLI_H

#include <stdio.h>

#include <glib.h>

#include "kg-extract.h"
#include "kg-graph.h"
#include "kg-out.h"

G_BEGIN_DECLS

/* Exit codes (jq's main.c keeps them in one enum too). */
typedef enum {
  KG_EXIT_OK = 0,      /* done */
  KG_EXIT_FAILURE = 1, /* bad input, a failed write */
  KG_EXIT_USAGE = 2    /* bad options or arguments */
} KgExit;

/* Error domain of the command line: usage errors exit 2, others 1. */
#define KG_CLI_ERROR (kg_cli_error_quark ())
GQuark kg_cli_error_quark (void);
typedef enum {
  KG_CLI_ERROR_USAGE, /* options or arguments are wrong */
  KG_CLI_ERROR_INPUT,  /* an input path is missing or holds no documents */
  KG_CLI_ERROR_NO_TEXT /* there were documents, but none could be read as text */
} KgCliError;

/* Prints "kgraph: MESSAGE" for \p error and returns the exit code it means. */
KgExit kg_cli_fail (const GError *error);
/* Prints "kgraph: MESSAGE" as a warning; the run goes on. */
void kg_cli_warn (const char *format, ...) G_GNUC_PRINTF (1, 2);

/* ---- options shared by the commands (options.c) ---- */

/* What reading and extracting take. */
typedef struct {
  char **lexicons;       /* --lexicon FILE, repeatable */
  char *data_dir;        /* --data-dir DIR: overrides of the embedded data files */
  gboolean no_discovery; /* --no-discovery */
  int jobs;              /* --jobs N; 0 = the number of cores */
  gboolean quiet;        /* --quiet: no progress, no notes */
  gboolean strict;       /* --strict: a skipped file is an error */
} KgReadOptions;

/* What writing takes. */
typedef struct {
  char **outputs; /* -o FILE, repeatable; "-" is stdout */
  char *format;   /* --format NAME, overrides the extension */
  char *lang;     /* --lang ko|en; NULL picks the corpus language */
  char *title;    /* --title TEXT */
  char *layout;   /* --layout ENGINE */
  int top;        /* --top N: entities a diagram shows; -1 = default */
  gboolean all;   /* --all: no cut */
  char *focus;    /* --focus NAME */
  int depth;      /* --depth K */
  char *types;    /* --types person,model,... */
  int min_evidence; /* --min-evidence N */
  const char *stdout_format; /* (nullable) the format of -o - (extract, merge: jsonld) */
} KgWriteOptions;

/* Adds the options of \p read to the main group of \p context. */
void kg_cli_add_read_options (GOptionContext *context, KgReadOptions *read);
/* Adds the options of \p write; \p drawing adds the view and diagram ones. */
void kg_cli_add_write_options (GOptionContext *context, KgWriteOptions *write,
                               gboolean drawing);
/* Parses \p argv with \p context; a usage error is printed and FALSE. */
gboolean kg_cli_parse (GOptionContext *context, int *argc, char ***argv);
void kg_cli_read_options_clear (KgReadOptions *read);
void kg_cli_write_options_clear (KgWriteOptions *write);

/* ---- documents (inputs.c) ---- */

/* Finds the documents under \p paths: files as given, folders read
 * recursively for .txt and .md (hidden entries skipped, symlink loops and
 * the same file reached twice counted once).  The list is sorted, so the
 * result does not depend on the order of \p paths.  An entry of a folder
 * that cannot be read (a dangling link, a folder without permission) is
 * skipped with a warning, or with \p strict is an error.
 * @return (transfer full): document paths (char*), or NULL with \p error
 *   when a path does not exist or cannot be listed */
GPtrArray *kg_cli_find_documents (char **paths, gboolean strict, GError **error);

/* ---- the extract stage over many documents (corpus.c) ---- */

/* A lexicon and extractor built from \p read. */
typedef struct {
  KgLexicon *lexicon;
  KgExtractor *extractor;
} KgPipeline;

gboolean kg_pipeline_init (KgPipeline *pipeline, const KgReadOptions *read, GError **error);
void kg_pipeline_clear (KgPipeline *pipeline);

/* Extracts every document of \p documents with read->jobs threads and
 * merges the result.  Files that are not text are skipped with a warning
 * (an error with --strict).  When no file could be read: a single file's
 * own error, or KG_CLI_ERROR_NO_TEXT.
 * @return (transfer full): the graph, or NULL with \p error */
KgGraph *kg_cli_extract_files (const KgPipeline *pipeline, GPtrArray *documents,
                               const KgReadOptions *read, GError **error);
/* The same for JSON Lines on \p in: one {"id": ..., "text": ...} a line. */
KgGraph *kg_cli_extract_jsonl (const KgPipeline *pipeline, FILE *in, const char *name,
                               const KgReadOptions *read, GError **error);

/* ---- the progress line (progress.c) ---- */

typedef struct _KgProgress KgProgress;
/* @return (transfer full) (nullable): a progress line on stderr, or NULL
 * when stderr is no terminal or \p quiet */
KgProgress *kg_progress_new (gboolean quiet, guint total_files);
/* Counts one document of \p bytes; a worker's graph now holds \p entities
 * and \p relations.  Redraws the line at most five times a second.
 * Thread-safe. */
void kg_progress_add (KgProgress *progress, gsize bytes, guint entities, guint relations);
/* Clears the line and frees. */
void kg_progress_free (KgProgress *progress);

/* ---- outputs (outputs.c) ---- */

/* Checks every -o of \p write before any work: a known format, a folder that
 * exists.  \p default_format is used when there is no -o at all (NULL: -o
 * is required), and for -o - (stdout has no extension to tell it). */
gboolean kg_cli_check_outputs (KgWriteOptions *write, const char *default_format,
                               GError **error);
/* Writes \p graph to every output of \p write.  Drawn formats show a view
 * (--top, default 80 most connected entities, without the entities that
 * have no relation unless --all); the view options given
 * explicitly apply to every format.  \p corpus names the input in titles. */
gboolean kg_cli_write_outputs (const KgGraph *graph, const KgWriteOptions *write,
                               const KgReadOptions *read, const char *corpus, GError **error);
/* Parses --lang, or picks the language most mentions are written in. */
KgLang kg_cli_pick_lang (const KgGraph *graph, const char *lang);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (KgReadOptions, kg_cli_read_options_clear)
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (KgWriteOptions, kg_cli_write_options_clear)
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (KgPipeline, kg_pipeline_clear)

/* ---- commands ---- */

int kg_cmd_build (int argc, char **argv);
int kg_cmd_extract (int argc, char **argv);
int kg_cmd_merge (int argc, char **argv);
int kg_cmd_render (int argc, char **argv);
int kg_cmd_explain (int argc, char **argv);
int kg_cmd_lexicon (int argc, char **argv);

G_END_DECLS

#endif /* KG_CLI_H */
