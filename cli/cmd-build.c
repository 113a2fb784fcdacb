/* SPDX-License-Identifier: MIT */
/* cmd-build.c: `kgraph build` (articles to a drawn and exported graph) and
 * `kgraph extract` (articles, or JSON Lines on stdin, to a partial graph in
 * JSON-LD for `kgraph merge`: the map step of a map-reduce).  Both share one
 * function; extract only changes the defaults. */
#include <string.h>

#include "cli.h"

static int
by_name (gconstpointer a, gconstpointer b)
{
  return strcmp (*(const char *const *)a, *(const char *const *)b);
}

/* "seeds", or "a, b, c (+2)" for several paths: the corpus name in titles.
 * The names are sorted (and repeats dropped), so the title, like the
 * graph, does not depend on the order of the paths. */
static char *
corpus_name (int argc, char **argv)
{
  g_autoptr (GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  for (int i = 1; i < argc; i++)
    {
      g_autofree char *tidy = g_strdup (argv[i]);
      gsize n = strlen (tidy);
      while (n > 1 && tidy[n - 1] == G_DIR_SEPARATOR)
        tidy[--n] = '\0';
      char *base = g_path_get_basename (tidy);
      if (strcmp (base, "-") == 0)
        g_free (base), base = g_strdup ("stdin");
      g_ptr_array_add (names, base);
    }
  g_ptr_array_sort (names, by_name);
  GString *s = g_string_new (NULL);
  guint shown = 0, n = 0;
  for (guint i = 0; i < names->len; i++)
    {
      if (i > 0 && strcmp (names->pdata[i], names->pdata[i - 1]) == 0)
        continue;
      if (n++ >= 3)
        continue;
      if (shown++ > 0)
        g_string_append (s, ", ");
      g_string_append (s, names->pdata[i]);
    }
  if (n > 3)
    g_string_append_printf (s, " (+%u)", n - 3);
  return g_string_free (s, FALSE);
}

static KgGraph *
read_inputs (const KgPipeline *pipeline, int argc, char **argv, const KgReadOptions *read,
             GError **error)
{
  if (argc == 2 && strcmp (argv[1], "-") == 0)
    return kg_cli_extract_jsonl (pipeline, stdin, "stdin", read, error);
  for (int i = 1; i < argc; i++)
    if (strcmp (argv[i], "-") == 0)
      {
        g_set_error_literal (error, KG_CLI_ERROR, KG_CLI_ERROR_USAGE,
                             "'-' (JSON Lines on stdin) cannot be mixed with paths");
        return NULL;
      }
  g_autoptr (GPtrArray) docs = kg_cli_find_documents (argv + 1, read->strict, error);
  if (docs == NULL)
    return NULL;
  g_autofree char *names = g_strjoinv (", ", argv + 1);
  if (docs->len == 0)
    {
      g_set_error (error, KG_CLI_ERROR, KG_CLI_ERROR_INPUT, "%s: no .txt or .md files", names);
      return NULL;
    }
  KgGraph *graph = kg_cli_extract_files (pipeline, docs, read, error);
  if (graph == NULL && g_error_matches (*error, KG_CLI_ERROR, KG_CLI_ERROR_NO_TEXT))
    g_prefix_error (error, "%s: ", names);
  return graph;
}

static int
run (int argc, char **argv, gboolean drawing)
{
  g_auto (KgReadOptions) read = { 0 };
  g_auto (KgWriteOptions) write = { 0 };
  const char *what = drawing ? "PATH... - read articles and write their graph"
                             : "PATH...|- - read articles into a partial graph";
  g_autoptr (GOptionContext) ctx = g_option_context_new (what);
  g_option_context_set_summary (
    ctx, drawing ? "Reads the .txt and .md files under each PATH (folders recursively), finds\n"
                   "people, organizations, AI models, hardware and projects and the relations\n"
                   "between them, and writes the graph to every -o FILE.\n"
                   "PATH '-' reads JSON Lines from stdin: {\"id\": \"...\", \"text\": \"...\"}."
                 : "Like build, but writes JSON-LD to stdout by default, for `kgraph merge`.\n"
                   "PATH '-' reads JSON Lines from stdin: {\"id\": \"...\", \"text\": \"...\"},\n"
                   "for Spark's RDD.pipe, Hadoop Streaming or GNU parallel.");
  g_option_context_set_description (
    ctx, drawing ? "Example:\n  kgraph build examples/ -o ai.svg -o ai.jsonld\n"
                 : "Example:\n  kgraph extract part1/ -o part1.jsonld\n"
                   "  kgraph merge part*.jsonld -o graph.jsonld\n");
  kg_cli_add_read_options (ctx, &read);
  kg_cli_add_write_options (ctx, &write, TRUE);
  if (!kg_cli_parse (ctx, &argc, &argv))
    return KG_EXIT_USAGE;
  if (argc < 2)
    {
      g_printerr ("kgraph: give a PATH to read (try --help)\n");
      return KG_EXIT_USAGE;
    }
  g_autoptr (GError) error = NULL;
  g_auto (KgPipeline) pipeline = { 0 };
  g_autoptr (KgGraph) graph = NULL;
  if (!kg_cli_check_outputs (&write, drawing ? NULL : "jsonld", &error)
      || !kg_pipeline_init (&pipeline, &read, &error)
      || (graph = read_inputs (&pipeline, argc, argv, &read, &error)) == NULL)
    return kg_cli_fail (error);
#ifdef KG_DEBUG_CHECKS
  if (!kg_graph_check (graph, &error))
    g_error ("%s", error->message);
#endif
  g_autofree char *corpus = corpus_name (argc, argv);
  if (!kg_cli_write_outputs (graph, &write, &read, corpus, &error))
    return kg_cli_fail (error);
  return KG_EXIT_OK;
}

int
kg_cmd_build (int argc, char **argv)
{
  return run (argc, argv, TRUE);
}

int
kg_cmd_extract (int argc, char **argv)
{
  return run (argc, argv, FALSE);
}
