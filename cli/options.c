/* SPDX-License-Identifier: MIT */
/* options.c: the GOption entries the commands share (reading: lexicon, data
 * folder, jobs; writing: outputs, format, language and the view filters),
 * added to each command's own context so --help lists them together. */
#include "cli.h"

void
kg_cli_add_read_options (GOptionContext *context, KgReadOptions *read)
{
  const GOptionEntry entries[] = {
    { "lexicon", 'l', 0, G_OPTION_ARG_FILENAME_ARRAY, &read->lexicons,
      "Add or override lexicon entries from FILE (repeatable)", "FILE" },
    { "data-dir", 0, 0, G_OPTION_ARG_FILENAME, &read->data_dir,
      "Use the data files (relations.*.json, cues.json, boilerplate.json, style.json) in DIR "
      "instead of the embedded ones",
      "DIR" },
    { "no-discovery", 0, 0, G_OPTION_ARG_NONE, &read->no_discovery,
      "Only find entities the lexicon lists", NULL },
    { "jobs", 'j', 0, G_OPTION_ARG_INT, &read->jobs,
      "Extract with N threads (default: the number of cores)", "N" },
    { "strict", 0, 0, G_OPTION_ARG_NONE, &read->strict,
      "Fail on a file that is not text, instead of skipping it", NULL },
    { "quiet", 'q', 0, G_OPTION_ARG_NONE, &read->quiet, "No progress line and no notes", NULL },
    G_OPTION_ENTRY_NULL
  };
  g_option_context_add_main_entries (context, entries, NULL);
}

void
kg_cli_add_write_options (GOptionContext *context, KgWriteOptions *write, gboolean drawing)
{
  const GOptionEntry outputs[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME_ARRAY, &write->outputs,
      "Write to FILE; the extension picks the format (.svg .png .pdf .dot .gv .jsonld "
      ".graphml .nt); '-' is stdout; repeatable",
      "FILE" },
    { "format", 'f', 0, G_OPTION_ARG_STRING, &write->format,
      "Format of every output, whatever its extension: svg, png, pdf, dot, jsonld, graphml, nt",
      "NAME" },
    G_OPTION_ENTRY_NULL
  };
  const GOptionEntry view[] = {
    { "lang", 0, 0, G_OPTION_ARG_STRING, &write->lang,
      "Language of labels: ko or en (default: the language of the corpus)", "ko|en" },
    { "title", 0, 0, G_OPTION_ARG_STRING, &write->title, "Title of the diagram", "TEXT" },
    { "layout", 0, 0, G_OPTION_ARG_STRING, &write->layout,
      "Graphviz engine: dot, neato, sfdp, fdp, circo, twopi (default: dot up to 60 nodes, "
      "neato up to 400, sfdp beyond)",
      "ENGINE" },
    { "top", 0, 0, G_OPTION_ARG_INT, &write->top,
      "Draw the N most connected entities (default 80), each linked to another", "N" },
    { "all", 0, 0, G_OPTION_ARG_NONE, &write->all,
      "Draw every entity; those without relations in a grid under the legend", NULL },
    { "focus", 0, 0, G_OPTION_ARG_STRING, &write->focus,
      "Keep only the neighbourhood of the entity NAME", "NAME" },
    { "depth", 0, 0, G_OPTION_ARG_INT, &write->depth, "Hops around --focus (default 1)", "K" },
    { "types", 0, 0, G_OPTION_ARG_STRING, &write->types,
      "Keep only these types: person,organization,model,hardware,project", "LIST" },
    { "min-evidence", 0, 0, G_OPTION_ARG_INT, &write->min_evidence,
      "Keep only relations stated by at least N sentences", "N" },
    G_OPTION_ENTRY_NULL
  };
  write->top = -1;
  g_option_context_add_main_entries (context, outputs, NULL);
  if (drawing)
    g_option_context_add_main_entries (context, view, NULL);
}

gboolean
kg_cli_parse (GOptionContext *context, int *argc, char ***argv)
{
  g_autoptr (GError) error = NULL;
  if (!g_option_context_parse (context, argc, argv, &error))
    {
      g_printerr ("kgraph: %s (try --help)\n", error->message);
      return FALSE;
    }
  return TRUE;
}

void
kg_cli_read_options_clear (KgReadOptions *read)
{
  g_clear_pointer (&read->lexicons, g_strfreev);
  g_clear_pointer (&read->data_dir, g_free);
}

void
kg_cli_write_options_clear (KgWriteOptions *write)
{
  g_clear_pointer (&write->outputs, g_strfreev);
  g_clear_pointer (&write->format, g_free);
  g_clear_pointer (&write->lang, g_free);
  g_clear_pointer (&write->title, g_free);
  g_clear_pointer (&write->layout, g_free);
  g_clear_pointer (&write->focus, g_free);
  g_clear_pointer (&write->types, g_free);
}
