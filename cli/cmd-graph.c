/* SPDX-License-Identifier: MIT */
/* cmd-graph.c: the commands over stored graphs: `kgraph merge` (partial
 * graphs to one: the reduce step), `kgraph render` (draw or filter a stored
 * graph again) and `kgraph explain` (an entity's relations with their
 * evidence, from a stored graph or straight from articles). */
#include <string.h>

#include "cli.h"

/* Reads and merges every JSON-LD graph of argv[1..argc). */
static KgGraph *
read_graphs (int argc, char **argv, GError **error)
{
  g_autoptr (KgGraph) graph = kg_graph_new ();
  for (int i = 1; i < argc; i++)
    {
      g_autoptr (KgGraph) part = kg_jsonld_read_file (argv[i], error);
      if (part == NULL)
        return NULL;
      kg_graph_merge (graph, part);
    }
  return g_steal_pointer (&graph);
}

static int
run_stored (int argc, char **argv, gboolean merge)
{
  g_auto (KgReadOptions) read = { 0 };
  g_auto (KgWriteOptions) write = { 0 };
  g_autoptr (GOptionContext) ctx = g_option_context_new (
    merge ? "GRAPH.jsonld... - merge partial graphs" : "GRAPH.jsonld... - draw a stored graph");
  g_option_context_set_summary (
    ctx, merge ? "Merges graphs written by `kgraph extract` or `kgraph build -o X.jsonld`.\n"
                 "Any sharding of a corpus, merged in any order, gives the same bytes as one\n"
                 "`kgraph build` over all of it.  Writes JSON-LD to stdout by default."
               : "Reads graphs written as JSON-LD by kgraph and writes them again, drawn or\n"
                 "filtered, without reading the articles again.");
  g_option_context_set_description (ctx, merge ? "Example:\n  kgraph merge part*.jsonld -o graph.jsonld\n"
                                               : "Example:\n  kgraph render graph.jsonld --focus 'Elon Musk' -o musk.svg\n");
  kg_cli_add_write_options (ctx, &write, TRUE);
  const GOptionEntry quiet[] = {
    { "quiet", 'q', 0, G_OPTION_ARG_NONE, &read.quiet, "No notes on stderr", NULL },
    G_OPTION_ENTRY_NULL
  };
  g_option_context_add_main_entries (ctx, quiet, NULL);
  if (!kg_cli_parse (ctx, &argc, &argv))
    return KG_EXIT_USAGE;
  if (argc < 2)
    {
      g_printerr ("kgraph: give a GRAPH.jsonld to read (try --help)\n");
      return KG_EXIT_USAGE;
    }
  g_autoptr (GError) error = NULL;
  g_autoptr (KgGraph) graph = NULL;
  if (!kg_cli_check_outputs (&write, merge ? "jsonld" : NULL, &error)
      || (graph = read_graphs (argc, argv, &error)) == NULL)
    return kg_cli_fail (error);
  g_autofree char *base = g_path_get_basename (argv[1]);
  char *dot = strrchr (base, '.');
  if (dot != NULL && dot != base)
    *dot = '\0';
  if (!kg_cli_write_outputs (graph, &write, &read, base, &error))
    return kg_cli_fail (error);
  return KG_EXIT_OK;
}

int
kg_cmd_merge (int argc, char **argv)
{
  return run_stored (argc, argv, TRUE);
}

int
kg_cmd_render (int argc, char **argv)
{
  return run_stored (argc, argv, FALSE);
}

static gboolean
is_stored_graph (const char *path)
{
  return g_str_has_suffix (path, ".jsonld") || g_str_has_suffix (path, ".json-ld")
         || g_str_has_suffix (path, ".json");
}

int
kg_cmd_explain (int argc, char **argv)
{
  g_auto (KgReadOptions) read = { 0 };
  char *lang = NULL;
  const GOptionEntry entries[] = {
    { "lang", 0, 0, G_OPTION_ARG_STRING, &lang, "Language of names: ko or en", "ko|en" },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr (GOptionContext) ctx
    = g_option_context_new ("SOURCE NAME [NAME2] - show relations and their evidence");
  g_option_context_set_summary (
    ctx, "Prints the relations of the entity NAME, or only those between NAME and NAME2,\n"
         "each with its evidence sentences and their documents.  SOURCE is a graph\n"
         "kgraph wrote (.jsonld) or a folder or file of articles, read as build reads it.\n"
         "NAME is any name or alias: 'Sam Altman', '올트먼', 'openai'.");
  g_option_context_set_description (ctx, "Example:\n  kgraph explain examples/ '젠슨 황'\n"
                                         "  kgraph explain ai.jsonld OpenAI Microsoft\n");
  g_option_context_add_main_entries (ctx, entries, NULL);
  kg_cli_add_read_options (ctx, &read);
  gboolean parsed = kg_cli_parse (ctx, &argc, &argv);
  g_autofree char *lang_owned = lang;
  if (!parsed)
    return KG_EXIT_USAGE;
  if (argc < 3 || argc > 4)
    {
      g_printerr ("kgraph: give SOURCE NAME [NAME2] (try --help)\n");
      return KG_EXIT_USAGE;
    }
  if (lang != NULL && strcmp (lang, "ko") != 0 && strcmp (lang, "en") != 0)
    {
      g_printerr ("kgraph: --lang %s: use ko or en\n", lang);
      return KG_EXIT_USAGE;
    }
  g_autoptr (GError) error = NULL;
  g_autoptr (KgGraph) graph = NULL;
  if (is_stored_graph (argv[1]))
    graph = kg_jsonld_read_file (argv[1], &error);
  else
    {
      g_auto (KgPipeline) pipeline = { 0 };
      char *paths[] = { argv[1], NULL };
      g_autoptr (GPtrArray) docs = NULL;
      if (kg_pipeline_init (&pipeline, &read, &error)
          && (docs = kg_cli_find_documents (paths, read.strict, &error)) != NULL)
        graph = kg_cli_extract_files (&pipeline, docs, &read, &error);
    }
  if (graph == NULL)
    return kg_cli_fail (error);
  KgOutOptions out = { .lang = kg_cli_pick_lang (graph, lang) };
  if (!kg_explain (graph, argv[2], argc == 4 ? argv[3] : NULL, &out, stdout, &error))
    return kg_cli_fail (error);
  if (fflush (stdout) != 0 || ferror (stdout))
    {
      g_printerr ("kgraph: stdout: write failed\n");
      return KG_EXIT_FAILURE;
    }
  return KG_EXIT_OK;
}
