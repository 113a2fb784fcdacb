/* SPDX-License-Identifier: MIT */
/* cmd-lexicon.c: `kgraph lexicon`: prints what the lexicon holds (counts, or
 * every alias the matcher searches for, one a line, for `rg -F -f`), or
 * checks a user's lexicon file and says what is wrong in it. */
#include <string.h>

#include "cli.h"

typedef struct {
  FILE *out;
  gboolean with_ids;
  GHashTable *printed; /* aliases already printed, when ids are not shown */
} Printer;

static void
print_alias (const char *alias, const char *entity_id, gpointer user_data)
{
  Printer *p = user_data;
  if (p->with_ids)
    fprintf (p->out, "%s\t%s\n", alias, entity_id);
  else if (g_hash_table_add (p->printed, (gpointer)alias))
    fprintf (p->out, "%s\n", alias);
}

int
kg_cmd_lexicon (int argc, char **argv)
{
  g_auto (KgReadOptions) read = { 0 };
  gboolean aliases = FALSE, table = FALSE;
  char **check = NULL;
  const GOptionEntry entries[] = {
    { "aliases", 'a', 0, G_OPTION_ARG_NONE, &aliases,
      "Print every alias the matcher searches for, one a line", NULL },
    { "table", 't', 0, G_OPTION_ARG_NONE, &table, "Print ALIAS<TAB>ENTITY-ID lines", NULL },
    { "check", 'c', 0, G_OPTION_ARG_FILENAME_ARRAY, &check,
      "Check the lexicon file FILE and say what is wrong in it (repeatable)", "FILE" },
    { "lexicon", 'l', 0, G_OPTION_ARG_FILENAME_ARRAY, &read.lexicons,
      "Add or override entries from FILE first (repeatable)", "FILE" },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr (GOptionContext) ctx = g_option_context_new ("- show or check the lexicon");
  g_option_context_set_summary (
    ctx, "Without options, prints how many entities of each type the lexicon lists.\n"
         "The embedded lexicon is data/lexicon.json; --lexicon FILE adds to it.");
  g_option_context_add_main_entries (ctx, entries, NULL);
  gboolean parsed = kg_cli_parse (ctx, &argc, &argv);
  g_auto (GStrv) check_owned = check;
  if (!parsed)
    return KG_EXIT_USAGE;
  if (argc > 1)
    {
      g_printerr ("kgraph: lexicon takes no arguments (try --help)\n");
      return KG_EXIT_USAGE;
    }
  g_autoptr (GError) error = NULL;
  if (check != NULL)
    {
      for (char **c = check; *c != NULL; c++)
        {
          g_autoptr (KgLexicon) lex = kg_lexicon_new ();
          if (!kg_lexicon_load_file (lex, *c, &error))
            return kg_cli_fail (error);
          g_autoptr (KgExtractor) ex = kg_extractor_new (lex, NULL, &error);
          if (ex == NULL)
            return kg_cli_fail (error);
          printf ("%s: ok, %u entities\n", *c, kg_lexicon_size (lex));
        }
      return KG_EXIT_OK;
    }
  g_auto (KgPipeline) pipeline = { 0 };
  if (!kg_pipeline_init (&pipeline, &read, &error))
    return kg_cli_fail (error);
  if (aliases || table)
    {
      Printer p = { stdout, table, g_hash_table_new (g_str_hash, g_str_equal) };
      kg_lexicon_foreach_alias (pipeline.lexicon, print_alias, &p);
      g_hash_table_unref (p.printed);
    }
  else
    printf ("%u entities\n", kg_lexicon_size (pipeline.lexicon));
  if (fflush (stdout) != 0 || ferror (stdout))
    {
      g_printerr ("kgraph: stdout: write failed\n");
      return KG_EXIT_FAILURE;
    }
  return KG_EXIT_OK;
}
