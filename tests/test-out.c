/* SPDX-License-Identifier: MIT */
/* test-out.c: the out stage apart from JSON-LD and Graphviz: the exporter
 * table, kg_export_file() (atomic replace, failures leave no temporary file
 * and an untouched target, errors name the path, a full stdout is
 * reported), the escaping of N-Triples and GraphML, and explain. */
#include <fcntl.h>
#include <string.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "kg-out.h"
#include "out-sample.h"

static const struct {
  const char *path, *format;
} by_path[] = {
  { "ai.svg", "svg" },     { "dir.d/x.GV", "dot" },      { "g.dot", "dot" },
  { "a.png", "png" },      { "a.pdf", "pdf" },           { "g.jsonld", "jsonld" },
  { "g.json-ld", "jsonld" }, { "g.graphml", "graphml" }, { "g.nt", "nt" },
  { "g.ntriples", "nt" },  { "g.txt", NULL },            { "svg", NULL },
  { "dir.svg/x", NULL },   { ".svg", NULL },
};

static void
test_registry (void)
{
  guint n = 0;
  const KgExporter *all = kg_exporters (&n);
  g_assert_cmpuint (n, ==, 7);
  for (guint i = 0; i < n; i++)
    {
      g_assert_true (kg_exporter_lookup (all[i].name) == &all[i]);
      g_assert_true (all[i].write != NULL);
      g_assert_cmpint (all[i].diagram, ==, strstr ("svg dot png pdf", all[i].name) != NULL);
    }
  g_assert_null (kg_exporter_lookup ("turtle"));
  for (gsize i = 0; i < G_N_ELEMENTS (by_path); i++)
    {
      const KgExporter *e = kg_exporter_for_path (by_path[i].path);
      g_assert_cmpstr (e != NULL ? e->name : NULL, ==, by_path[i].format);
    }
}

static gboolean
write_half_then_fail (const KgGraph *g, const KgOutOptions *o, FILE *out, GError **error)
{
  fputs ("half", out);
  g_set_error (error, KG_OUT_ERROR, KG_OUT_ERROR_RENDER, "layout failed");
  return FALSE;
}

static guint
count_files (const char *dir)
{
  g_autoptr (GDir) d = g_dir_open (dir, 0, NULL);
  guint n = 0;
  while (g_dir_read_name (d) != NULL)
    n++;
  return n;
}

static void
test_export_file (void)
{
  g_autofree char *dir = g_dir_make_tmp ("kg-out-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "g.nt", NULL);
  g_autoptr (KgGraph) g = sample_graph ();
  g_autoptr (GError) error = NULL;
  g_assert_true (g_file_set_contents (path, "old", -1, NULL));
  g_assert_cmpint (g_chmod (path, 0640), ==, 0);
  g_assert_true (kg_export_file (kg_exporter_lookup ("nt"), g, NULL, path, &error));
  g_assert_no_error (error);
  g_autofree char *got = NULL;
  g_assert_true (g_file_get_contents (path, &got, NULL, NULL));
  g_autofree char *want = export_string (g, "nt", KG_LANG_KO);
  g_assert_cmpstr (got, ==, want);
  GStatBuf st;
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0640);
  g_assert_cmpuint (count_files (dir), ==, 1);

  /* A failing exporter: the old file stays, no temporary file is left. */
  KgExporter failing = { "fail", ".fail", FALSE, write_half_then_fail };
  g_assert_false (kg_export_file (&failing, g, NULL, path, &error));
  g_autofree char *msg = g_strdup_printf ("%s: layout failed", path);
  g_assert_cmpstr (error->message, ==, msg);
  g_clear_error (&error);
  g_autofree char *after = NULL;
  g_assert_true (g_file_get_contents (path, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, want);
  g_assert_cmpuint (count_files (dir), ==, 1);

  /* A folder that does not exist: the message names the target. */
  g_autofree char *missing = g_build_filename (dir, "no", "g.nt", NULL);
  g_assert_false (kg_export_file (kg_exporter_lookup ("nt"), g, NULL, missing, &error));
  g_assert_error (error, KG_OUT_ERROR, KG_OUT_ERROR_WRITE);
  g_autofree char *msg2 = g_strdup_printf ("%s: %s", missing, g_strerror (ENOENT));
  g_assert_cmpstr (error->message, ==, msg2);
  g_unlink (path);
  g_rmdir (dir);
}

/* "-" writes to stdout and reports a full device. */
static void
test_export_stdout_full (void)
{
  int full = open ("/dev/full", O_WRONLY);
  if (full < 0)
    {
      g_test_skip ("no /dev/full");
      return;
    }
  g_autoptr (KgGraph) g = sample_graph ();
  g_autoptr (GError) error = NULL;
  fflush (stdout);
  int saved = dup (STDOUT_FILENO);
  dup2 (full, STDOUT_FILENO);
  gboolean ok = kg_export_file (kg_exporter_lookup ("jsonld"), g, NULL, "-", &error);
  clearerr (stdout);
  dup2 (saved, STDOUT_FILENO);
  close (saved);
  close (full);
  g_assert_false (ok);
  g_assert_error (error, KG_OUT_ERROR, KG_OUT_ERROR_WRITE);
  g_assert_cmpstr (error->message, ==, "stdout: No space left on device");
}

static void
test_ntriples (void)
{
  g_autoptr (KgGraph) g = sample_graph ();
  g_autofree char *nt = export_string (g, "nt", KG_LANG_KO);
  g_auto (GStrv) lines = g_strsplit (nt, "\n", -1);
  guint n = 0;
  for (char **l = lines; *l != NULL && **l != '\0'; l++, n++)
    {
      g_assert_true (g_str_has_suffix (*l, " ."));
      g_assert_true ((*l)[0] == '<' || g_str_has_prefix (*l, "_:b"));
      for (const char *p = *l; *p; p++)
        g_assert_cmpint ((guchar) *p, >=, 0x20);
    }
  g_assert_cmpuint (n, >, 100);
  g_assert_nonnull (strstr (nt, "\\\"quoted\\\" back\\\\slash <b>bold</b>\\nnew line \\u0001"));
  g_assert_nonnull (strstr (nt, "\"일론 머스크\"@ko"));
  g_assert_nonnull (strstr (nt, "\"2015-12\"^^<http://www.w3.org/2001/XMLSchema#gYearMonth>"));
  g_assert_nonnull (strstr (nt, "\"2024-02-29\"^^<http://www.w3.org/2001/XMLSchema#date>"));
  g_assert_nonnull (strstr (nt, "<https://w3id.org/kgraph/entity/elon-musk> "
                                "<https://w3id.org/kgraph/ns#founded> "
                                "<https://w3id.org/kgraph/entity/openai> ."));
  g_autofree char *again = export_string (g, "nt", KG_LANG_KO);
  g_assert_cmpstr (again, ==, nt);
}

static void
test_graphml (void)
{
  g_autoptr (KgGraph) g = sample_graph ();
  g_autofree char *xml = export_string (g, "graphml", KG_LANG_EN);
  g_assert_null (strchr (xml, '\x01'));
  g_assert_nonnull (strstr (xml, "&quot;quoted&quot; back\\slash &lt;b&gt;bold&lt;/b&gt;"));
  g_assert_nonnull (strstr (xml, "<node id=\"elon-musk\">"));
  g_assert_nonnull (strstr (xml, "<data key=\"label\">Elon Musk</data>"));
  g_assert_nonnull (strstr (xml, "edgedefault=\"directed\""));
  guint edges = 0;
  for (const char *p = xml; (p = strstr (p, "<edge ")) != NULL; p++)
    edges++;
  g_assert_cmpuint (edges, ==, kg_graph_n_relations (g));
  /* Well-formed: GMarkup parses it. */
  GMarkupParser parser = { 0 };
  g_autoptr (GMarkupParseContext) ctx = g_markup_parse_context_new (&parser, 0, NULL, NULL);
  g_autoptr (GError) error = NULL;
  g_assert_true (g_markup_parse_context_parse (ctx, xml, -1, &error));
  g_assert_true (g_markup_parse_context_end_parse (ctx, &error));
  g_assert_no_error (error);
}

static char *
explain_string (const KgGraph *g, const char *a, const char *b, GError **error)
{
  char *buf = NULL;
  size_t len = 0;
  FILE *f = open_memstream (&buf, &len);
  KgOutOptions options = { .lang = KG_LANG_EN };
  gboolean ok = kg_explain (g, a, b, &options, f, error);
  fclose (f);
  if (!ok)
    g_clear_pointer (&buf, g_free);
  return buf;
}

static void
test_explain (void)
{
  g_autoptr (KgGraph) g = sample_graph ();
  g_autoptr (GError) error = NULL;
  g_autofree char *one = explain_string (g, "일론 머스크", NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (one, "Elon Musk (person, elon-musk)\n"));
  g_assert_nonnull (strstr (one, "\nElon Musk —founded→ OpenAI  [5 sentences, stated]\n"
                                 "  “머스크는 \"quoted\" back\\slash <b>bold</b> new line  ctrl"));
  g_assert_nonnull (strstr (one, "Elon Musk —offeredToAcquire→ OpenAI  [1 sentence, planned]\n"
                                 "  “머스크는 오픈AI를 974억 달러에 인수하겠다고 제안했다.” — doc-42:0-74\n"));
  g_assert_null (strstr (one, "Sam Altman —"));
  g_autofree char *two = explain_string (g, "openai", "Sam Altman", &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (two, "Sam Altman —leads→ OpenAI  [1 sentence, reported]"));
  g_assert_null (strstr (two, "Elon Musk —"));
  g_autofree char *none = explain_string (g, "Nobody", NULL, &error);
  g_assert_null (none);
  g_assert_error (error, KG_GRAPH_ERROR, KG_GRAPH_ERROR_NOT_FOUND);
  g_assert_cmpstr (error->message, ==, "no entity named 'Nobody'");
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/out/registry", test_registry);
  g_test_add_func ("/out/export-file", test_export_file);
  g_test_add_func ("/out/export-stdout-full", test_export_stdout_full);
  g_test_add_func ("/out/ntriples", test_ntriples);
  g_test_add_func ("/out/graphml", test_graphml);
  g_test_add_func ("/out/explain", test_explain);
  return g_test_run ();
}
