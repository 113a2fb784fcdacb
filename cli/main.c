/* SPDX-License-Identifier: MIT */
/* main.c: kgraph's entry point: one table of commands, each a function that
 * parses its own options with GOption and returns an exit code.  Errors are
 * printed once, here or in the command, as "kgraph: PATH: what is wrong". */
#include <locale.h>
#include <stdarg.h>
#include <string.h>

#include "cli.h"

G_DEFINE_QUARK (kg-cli-error-quark, kg_cli_error)

typedef struct {
  const char *name;
  int (*run) (int argc, char **argv);
  const char *summary;
} KgCommand;

static const KgCommand commands[] = {
  { "build", kg_cmd_build, "read articles, draw and export their graph" },
  { "extract", kg_cmd_extract, "read articles (or JSON Lines on stdin) into a partial graph" },
  { "merge", kg_cmd_merge, "combine partial graphs (JSON-LD) into one" },
  { "render", kg_cmd_render, "draw or filter a stored graph (JSON-LD) again" },
  { "explain", kg_cmd_explain, "print an entity's relations with their evidence" },
  { "lexicon", kg_cmd_lexicon, "show or check the lexicon" },
};

KgExit
kg_cli_fail (const GError *error)
{
  g_printerr ("kgraph: %s\n", error->message);
  if (error->domain == KG_CLI_ERROR && error->code == KG_CLI_ERROR_USAGE)
    return KG_EXIT_USAGE;
  return KG_EXIT_FAILURE;
}

void
kg_cli_warn (const char *format, ...)
{
  va_list args;
  va_start (args, format);
  g_autofree char *text = g_strdup_vprintf (format, args);
  va_end (args);
  g_printerr ("kgraph: %s\n", text);
}

static void
usage (FILE *out)
{
  fprintf (out, "Usage: kgraph COMMAND [OPTION...] ARG...\n\n"
                "Builds a map of who is who and who did what to whom from news articles\n"
                "in Korean and English.\n\nCommands:\n");
  for (gsize i = 0; i < G_N_ELEMENTS (commands); i++)
    fprintf (out, "  %-9s %s\n", commands[i].name, commands[i].summary);
  fprintf (out, "\nExample: kgraph build examples/ -o ai.svg -o ai.jsonld\n"
                "Run 'kgraph COMMAND --help' for the options of a command.\n");
}

int
main (int argc, char **argv)
{
  setlocale (LC_ALL, "");
  /* Arguments and messages are UTF-8 whatever the locale: a bare C locale
   * (a fresh machine, a container) would refuse --focus '일론 머스크'. */
  if (!g_get_charset (NULL))
    setlocale (LC_CTYPE, "C.UTF-8");
  g_set_prgname ("kgraph");
  if (argc < 2)
    {
      usage (stderr);
      return KG_EXIT_USAGE;
    }
  const char *name = argv[1];
  if (strcmp (name, "--help") == 0 || strcmp (name, "-h") == 0 || strcmp (name, "help") == 0)
    {
      usage (stdout);
      return KG_EXIT_OK;
    }
  if (strcmp (name, "--version") == 0)
    {
      printf ("kgraph %s\n", KG_VERSION);
      return KG_EXIT_OK;
    }
  for (gsize i = 0; i < G_N_ELEMENTS (commands); i++)
    if (strcmp (commands[i].name, name) == 0)
      return commands[i].run (argc - 1, argv + 1);
  g_printerr ("kgraph: unknown command '%s' (try 'kgraph --help')\n", name);
  return KG_EXIT_USAGE;
}
