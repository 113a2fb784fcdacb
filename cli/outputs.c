/* SPDX-License-Identifier: MIT */
/* outputs.c: checks and writes the -o outputs of a command.  Every output is
 * checked before any work (a known format, a folder that exists and takes
 * new files), so a typo costs nothing.  Drawn formats show a view of the
 * graph, cut to the most connected entities unless --all; view options
 * given explicitly apply to every format.  Each file is written atomically by kg_export_file(). */
#include <errno.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "cli.h"

/* Entities a diagram shows by default: the seed corpus fits whole, a
 * newsroom archive is cut to what a person can read. */
#define KG_DEFAULT_TOP 80

static const KgExporter *
exporter_of (const KgWriteOptions *write, const char *path, GError **error)
{
  const KgExporter *e = NULL;
  if (write->format != NULL)
    {
      e = kg_exporter_lookup (write->format);
      if (e == NULL)
        g_set_error (error, KG_CLI_ERROR, KG_CLI_ERROR_USAGE,
                     "--format %s: unknown format (svg, png, pdf, dot, jsonld, graphml, nt)",
                     write->format);
      return e;
    }
  if (strcmp (path, "-") == 0)
    e = write->stdout_format != NULL ? kg_exporter_lookup (write->stdout_format) : NULL;
  else
    e = kg_exporter_for_path (path);
  if (e == NULL)
    g_set_error (error, KG_CLI_ERROR, KG_CLI_ERROR_USAGE,
                 "%s: cannot tell the format from the name; use an extension "
                 "(.svg .png .pdf .dot .jsonld .graphml .nt) or --format",
                 path);
  return e;
}

gboolean
kg_cli_check_outputs (KgWriteOptions *write, const char *default_format, GError **error)
{
  write->stdout_format = default_format;
  if (write->outputs == NULL || write->outputs[0] == NULL)
    {
      if (default_format == NULL)
        {
          g_set_error_literal (error, KG_CLI_ERROR, KG_CLI_ERROR_USAGE,
                               "no output: give -o FILE (for example -o graph.svg)");
          return FALSE;
        }
      g_strfreev (write->outputs);
      write->outputs = g_new0 (char *, 2);
      write->outputs[0] = g_strdup ("-");
      if (write->format == NULL)
        write->format = g_strdup (default_format);
    }
  g_autoptr (GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  for (char **o = write->outputs; *o != NULL; o++)
    {
      if (exporter_of (write, *o, error) == NULL)
        return FALSE;
      if (!g_hash_table_add (seen, *o))
        {
          g_set_error (error, KG_CLI_ERROR, KG_CLI_ERROR_USAGE, "%s: given twice as -o", *o);
          return FALSE;
        }
      if (strcmp (*o, "-") == 0)
        continue;
      g_autofree char *dir = g_path_get_dirname (*o);
      GStatBuf st;
      if (g_stat (dir, &st) != 0 || !S_ISDIR (st.st_mode))
        {
          g_set_error (error, KG_CLI_ERROR, KG_CLI_ERROR_INPUT, "%s: folder %s does not exist",
                       *o, dir);
          return FALSE;
        }
      if (g_file_test (*o, G_FILE_TEST_IS_DIR))
        {
          g_set_error (error, KG_CLI_ERROR, KG_CLI_ERROR_INPUT, "%s: is a folder", *o);
          return FALSE;
        }
      /* The temporary file is made in the folder: it must take new files. */
      if (access (dir, W_OK | X_OK) != 0)
        {
          int saved = errno;
          g_set_error (error, KG_CLI_ERROR, KG_CLI_ERROR_INPUT, "%s: cannot write in %s: %s", *o,
                       dir, g_strerror (saved));
          return FALSE;
        }
    }
  if (write->top < -1 || write->depth < 0 || write->min_evidence < 0)
    {
      g_set_error_literal (error, KG_CLI_ERROR, KG_CLI_ERROR_USAGE,
                           "--top, --depth and --min-evidence take numbers >= 0");
      return FALSE;
    }
  if (write->lang != NULL && strcmp (write->lang, "ko") != 0 && strcmp (write->lang, "en") != 0)
    {
      g_set_error (error, KG_CLI_ERROR, KG_CLI_ERROR_USAGE, "--lang %s: use ko or en",
                   write->lang);
      return FALSE;
    }
  return TRUE;
}

static gboolean
parse_types (const char *list, guint *mask, GError **error)
{
  *mask = 0;
  if (list == NULL)
    return TRUE;
  g_auto (GStrv) names = g_strsplit (list, ",", -1);
  for (char **n = names; *n != NULL; n++)
    {
      KgType type;
      g_strstrip (*n);
      if (**n == '\0')
        continue;
      if (!kg_type_from_name (*n, &type))
        {
          g_set_error (error, KG_CLI_ERROR, KG_CLI_ERROR_USAGE,
                       "--types: unknown type '%s' (person, organization, model, hardware, "
                       "project)",
                       *n);
          return FALSE;
        }
      *mask |= 1u << type;
    }
  return TRUE;
}

typedef struct {
  guint ko, en;
} LangCount;

static void
count_lang (KgEntity *entity, gpointer user_data)
{
  LangCount *c = user_data;
  g_autoptr (GPtrArray) aliases = kg_entity_get_aliases (entity);
  for (guint i = 0; i < aliases->len; i++)
    {
      const char *a = aliases->pdata[i];
      guint n = kg_entity_get_alias_count (entity, a);
      gboolean hangul = FALSE;
      for (const char *p = a; *p && !hangul; p = g_utf8_next_char (p))
        hangul = g_unichar_get_script (g_utf8_get_char (p)) == G_UNICODE_SCRIPT_HANGUL;
      if (hangul)
        c->ko += n;
      else
        c->en += n;
    }
}

KgLang
kg_cli_pick_lang (const KgGraph *graph, const char *lang)
{
  if (lang != NULL)
    return strcmp (lang, "ko") == 0 ? KG_LANG_KO : KG_LANG_EN;
  LangCount c = { 0, 0 };
  kg_graph_foreach_entity (graph, count_lang, &c);
  return c.ko >= c.en && c.ko > 0 ? KG_LANG_KO : KG_LANG_EN;
}

/* The view options of \p write; \p drawn adds the default cut and leaves
 * out the entities without relations, unless --all. */
static void
view_of (const KgWriteOptions *write, gboolean drawn, guint types, KgViewOptions *view)
{
  memset (view, 0, sizeof *view);
  view->focus = write->focus;
  view->depth = write->depth > 0 ? (guint)write->depth : 1;
  view->types = types;
  view->min_evidence = (guint)write->min_evidence;
  view->connected = drawn && !write->all;
  if (write->all)
    view->top = 0;
  else if (write->top >= 0)
    view->top = (guint)write->top;
  else if (drawn && write->focus == NULL)
    view->top = KG_DEFAULT_TOP;
}

static gboolean
has_view (const KgViewOptions *view)
{
  return view->top > 0 || view->focus != NULL || view->types != 0 || view->min_evidence > 0
         || view->connected;
}

/* Says on stderr what a drawn view left out, and how to see it. */
static void
warn_dropped (const char *path, const KgGraph *view, const KgGraph *graph, const KgViewDropped *d)
{
  g_autoptr (GString) why = g_string_new (NULL);
  if (d->outside > 0)
    g_string_append_printf (why, ", %u outside --focus/--types", d->outside);
  if (d->isolated > 0)
    g_string_append_printf (why, ", %u without relations", d->isolated);
  if (d->cut > 0)
    g_string_append_printf (why, ", %u less connected", d->cut);
  kg_cli_warn ("%s: shows %u of %u entities (left out%s; --top N or --all to change)", path,
               kg_graph_n_entities (view), kg_graph_n_entities (graph), why->str + 1);
}

gboolean
kg_cli_write_outputs (const KgGraph *graph, const KgWriteOptions *write,
                      const KgReadOptions *read, const char *corpus, GError **error)
{
  guint types = 0;
  if (!parse_types (write->types, &types, error))
    return FALSE;
  KgOutOptions out = {
    .lang = kg_cli_pick_lang (graph, write->lang),
    .title = write->title != NULL ? write->title : corpus,
    .layout = write->layout,
    .data_dir = read != NULL ? read->data_dir : NULL,
    .focus = write->focus,
    .depth = write->depth > 0 ? (guint)write->depth : 1,
  };
  for (char **o = write->outputs; *o != NULL; o++)
    {
      const KgExporter *exporter = exporter_of (write, *o, error);
      if (exporter == NULL)
        return FALSE;
      KgViewOptions view;
      view_of (write, exporter->diagram, types, &view);
      g_autoptr (KgGraph) filtered = NULL;
      KgViewDropped dropped = { 0 };
      if (has_view (&view))
        {
          filtered = kg_graph_filter (graph, &view, &dropped, error);
          if (filtered == NULL)
            return FALSE;
        }
      out.dropped = dropped;
      guint left_out = dropped.outside + dropped.isolated + dropped.cut;
      if (left_out > 0 && exporter->diagram && (read == NULL || !read->quiet))
        warn_dropped (*o, filtered, graph, &dropped);
      if (!kg_export_file (exporter, filtered != NULL ? filtered : graph, &out, *o, error))
        return FALSE;
    }
  return TRUE;
}
