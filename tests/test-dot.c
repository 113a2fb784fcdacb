/* SPDX-License-Identifier: MIT */
/* test-dot.c: the diagram exporters.  Golden DOT (tests/cases/NAME.dot, exact,
 * since DOT from kg_export_dot() has no coordinates; KG_UPDATE_GOLDEN=1
 * rewrites them), the DOT read back by cgraph (styles, widths, tooltips,
 * escaping), SVG/PNG/PDF rendering, the engine choice, failures as GErrors,
 * and rendering without Graphviz's plugin config file.
 * `test-dot --write FIXTURE FORMAT FILE` writes a fixture for the scripts. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <glib/gstdio.h>
#include <graphviz/gvc.h>

#include "dot-fixtures.h"
#include "kg-out.h"

static char *
export (const KgGraph *g, const char *format, const KgOutOptions *options, gsize *len)
{
  char *buf = NULL;
  size_t n = 0;
  FILE *f = open_memstream (&buf, &n);
  g_autoptr (GError) error = NULL;
  gboolean ok = kg_exporter_lookup (format)->write (g, options, f, &error);
  g_assert_no_error (error);
  g_assert_true (ok);
  g_assert_cmpint (fclose (f), ==, 0);
  if (len != NULL)
    *len = n;
  return buf;
}

static const struct {
  const char *name;
  KgGraph *(*build) (void);
  KgLang lang;
  const char *title;
  guint dropped;
} golden[] = {
  { "dot-story-ko", fx_story, KG_LANG_KO, "AI 뉴스 모음", 0 },
  { "dot-story-en", fx_story, KG_LANG_EN, "AI news", 12 },
  { "dot-hostile", fx_hostile, KG_LANG_EN, "<script>\"x\\N", 0 },
};

static void
test_golden (void)
{
  const char *src = g_getenv ("KG_SOURCE_DIR");
  if (src == NULL)
    src = ".";
  for (gsize i = 0; i < G_N_ELEMENTS (golden); i++)
    {
      g_autoptr (KgGraph) g = golden[i].build ();
      KgOutOptions o = { .lang = golden[i].lang, .title = golden[i].title, .dropped = golden[i].dropped };
      g_autofree char *dot = export (g, "dot", &o, NULL);
      g_autofree char *file = g_strdup_printf ("%s.dot", golden[i].name);
      g_autofree char *path = g_build_filename (src, "tests", "cases", file, NULL);
      if (g_getenv ("KG_UPDATE_GOLDEN") != NULL)
        g_assert_true (g_file_set_contents (path, dot, -1, NULL));
      g_autofree char *want = NULL;
      g_assert_true (g_file_get_contents (path, &want, NULL, NULL));
      g_assert_cmpstr (dot, ==, want);
      /* The same text again, also after gvContext() has changed cgraph's
       * defaults: attribute and node order are fixed. */
      g_free (export (g, "svg", &o, NULL));
      g_autofree char *again = export (g, "dot", &o, NULL);
      g_assert_cmpstr (again, ==, dot);
    }
}

/* Reads DOT text back with cgraph. */
static Agraph_t *
read_dot (const KgGraph *g, KgLang lang)
{
  KgOutOptions o = { .lang = lang, .title = "t" };
  g_autofree char *dot = export (g, "dot", &o, NULL);
  Agraph_t *ag = agmemread (dot);
  g_assert_nonnull (ag);
  return ag;
}

/* @return the attribute, "" when it is not declared */
static const char *
attr (void *obj, const char *name)
{
  const char *v = agget (obj, (char *) name);
  return v != NULL ? v : "";
}

static gboolean
is_rrggbb (const char *s)
{
  return g_regex_match_simple ("^#[0-9a-f]{6}$", s, 0, 0);
}

static Agedge_t *
find_edge (Agraph_t *ag, const char *tail, const char *head, const char *label)
{
  Agnode_t *t = agnode (ag, (char *) tail, FALSE), *h = agnode (ag, (char *) head, FALSE);
  g_assert_nonnull (t);
  g_assert_nonnull (h);
  for (Agedge_t *e = agfstout (ag, t); e != NULL; e = agnxtout (ag, e))
    if (aghead (e) == h && strcmp (agget (e, "label"), label) == 0)
      return e;
  g_assert_not_reached ();
}

static const struct {
  const char *tail, *head, *label_ko, *label_en, *style, *dir;
  double min_width, max_width;
} edges[] = {
  { "elon-musk", "xai", "설립", "founded", "solid", "", 3.6, 5.0 },  /* 8 sentences */
  { "elon-musk", "openai", "설립", "founded", "solid", "", 1.5, 2.0 }, /* 2 */
  { "elon-musk", "openai", "인수 제안", "offered to acquire", "dashed", "", 1.0, 1.0 },
  { "xai", "colossus", "사용", "uses", "dashed", "", 1.0, 1.0 },
  { "openai", "xai", "경쟁", "competes with", "solid", "none", 1.5, 2.0 },
};

static void
test_edges (void)
{
  g_autoptr (KgGraph) g = fx_story ();
  for (KgLang lang = 0; lang < KG_LANG_N; lang++)
    {
      Agraph_t *ag = read_dot (g, lang);
      g_assert_cmpint (agnedges (ag), ==, kg_graph_n_relations (g));
      for (gsize i = 0; i < G_N_ELEMENTS (edges); i++)
        {
          Agedge_t *e = find_edge (ag, edges[i].tail, edges[i].head,
                                   lang == KG_LANG_KO ? edges[i].label_ko : edges[i].label_en);
          g_assert_cmpstr (agget (e, "style"), ==, edges[i].style);
          g_assert_cmpstr (attr (e, "dir"), ==, edges[i].dir);
          double w = g_ascii_strtod (agget (e, "penwidth"), NULL);
          g_assert_cmpfloat (w, >=, edges[i].min_width - 1e-9);
          g_assert_cmpfloat (w, <=, edges[i].max_width + 1e-9);
          g_assert_true (is_rrggbb (agget (e, "color")));
          g_assert_nonnull (strstr (agget (e, "tooltip"), "news/00.txt"));
          g_assert_cmpstr (agget (e, "fontname"), ==, "Noto Sans CJK KR,NanumGothic,sans-serif");
        }
      agclose (ag);
    }
}

static void
test_nodes (void)
{
  g_autoptr (KgGraph) g = fx_story ();
  Agraph_t *ag = read_dot (g, KG_LANG_KO);
  g_assert_cmpint (agnnodes (ag), ==, kg_graph_n_entities (g));
  g_assert_cmpstr (agget (ag, "layout"), ==, "dot");
  g_assert_cmpstr (agget (ag, "fontname"), ==, "Noto Sans CJK KR,NanumGothic,sans-serif");
  g_assert_nonnull (strstr (agget (ag, "label"), "7개 개체 · 8개 관계"));
  GHashTable *shapes = g_hash_table_new (g_str_hash, g_str_equal);
  for (Agnode_t *n = agfstnode (ag); n != NULL; n = agnxtnode (ag, n))
    {
      g_assert_cmpstr (agget (n, "label"), !=, "");
      g_assert_true (is_rrggbb (agget (n, "fillcolor")));
      g_assert_cmpstr (agget (n, "fontname"), ==, "Noto Sans CJK KR,NanumGothic,sans-serif");
      g_hash_table_add (shapes, agget (n, "shape"));
    }
  g_assert_cmpuint (g_hash_table_size (shapes), ==, KG_TYPE_N);
  g_hash_table_unref (shapes);
  Agnode_t *musk = agnode (ag, "elon-musk", FALSE);
  g_assert_cmpstr (agget (musk, "label"), ==, "일론 머스크");
  g_assert_cmpstr (agget (musk, "URL"), ==, "https://www.wikidata.org/wiki/Q317521");
  g_assert_nonnull (strstr (agget (musk, "tooltip"), "머스크, 일론 머스크"));
  g_assert_nonnull (strstr (agget (musk, "tooltip"), "언급: 4"));
  g_assert_cmpstr (agget (agnode (ag, "xai", FALSE), "URL"), ==, "");
  Agnode_t *found = agnode (ag, "ttipsikeu", FALSE);
  g_assert_cmpstr (agget (found, "label"), ==, "딥시크");
  g_assert_nonnull (strstr (agget (found, "style"), "dashed"));
  agclose (ag);
}

/* Hostile text reaches labels only in its cleaned form. */
static void
test_hostile_dot (void)
{
  g_autoptr (KgGraph) g = fx_hostile ();
  Agraph_t *ag = read_dot (g, KG_LANG_EN);
  g_assert_cmpint (agnnodes (ag), ==, kg_graph_n_entities (g));
  static const char *const labels[] = {
    "<script>top.kgPwned=1</script>", "]]><svg onload=top.kgPwned=2>",
    "Quote \" and back\\\\slash \\\\N \\\\l \\\\", "ctrl[31m bell", "RLO cba iso",
    "line break tab", "zero\xe2\x80\x8b width nonchar nel",
  };
  for (gsize i = 0; i < G_N_ELEMENTS (labels); i++)
    {
      gboolean seen = FALSE;
      for (Agnode_t *n = agfstnode (ag); n != NULL; n = agnxtnode (ag, n))
        seen |= strcmp (agget (n, "label"), labels[i]) == 0;
      g_assert_true (seen);
    }
  for (Agnode_t *n = agfstnode (ag); n != NULL; n = agnxtnode (ag, n))
    {
      g_assert_null (strstr (agget (n, "tooltip"), "\xe2\x80\xae"));
      g_assert_null (strpbrk (agget (n, "tooltip"), "\x01\x07\n"));
      g_assert_cmpstr (attr (n, "URL"), ==, ""); /* the bad QID makes no link */
    }
  /* The id that is not a slug is replaced by a counter and injects nothing. */
  g_assert_null (agnode (ag, "x", FALSE));
  g_assert_null (agnode (ag, "y", FALSE));
  Agnode_t *odd = agnode (ag, "entity9", FALSE);
  g_assert_nonnull (odd);
  g_assert_cmpstr (agget (odd, "label"), ==, "이상한 \\\\ 이름");
  agclose (ag);
}

typedef struct {
  guint nodes, edges, texts;
  GString *text;
} SvgCount;

static void
svg_start (GMarkupParseContext *c, const char *name, const char **attr, const char **val,
           gpointer data, GError **error)
{
  SvgCount *s = data;
  for (int i = 0; attr[i] != NULL; i++)
    if (strcmp (attr[i], "class") == 0)
      {
        s->nodes += strcmp (val[i], "node") == 0;
        s->edges += strcmp (val[i], "edge") == 0;
      }
  g_assert_cmpstr (name, !=, "script");
  s->texts += strcmp (name, "text") == 0;
}

static void
svg_text (GMarkupParseContext *c, const char *text, gsize len, gpointer data, GError **error)
{
  g_string_append_len (((SvgCount *) data)->text, text, len);
}

/* Parses \p svg as XML (GMarkup is strict about well-formedness). */
static SvgCount
parse_svg (const char *svg, gsize len)
{
  /* GMarkup does not read DOCTYPEs: start at the <svg> element. */
  const char *root = strstr (svg, "<svg");
  g_assert_nonnull (root);
  GMarkupParser parser = { svg_start, NULL, svg_text, NULL, NULL };
  SvgCount count = { 0, 0, 0, g_string_new (NULL) };
  GMarkupParseContext *ctx = g_markup_parse_context_new (&parser, 0, &count, NULL);
  g_autoptr (GError) error = NULL;
  gboolean ok = g_markup_parse_context_parse (ctx, root, len - (root - svg), &error)
                && g_markup_parse_context_end_parse (ctx, &error);
  g_assert_no_error (error);
  g_assert_true (ok);
  g_markup_parse_context_free (ctx);
  return count;
}

static void
test_svg (void)
{
  for (int which = 0; which < 2; which++)
    {
      g_autoptr (KgGraph) g = which == 0 ? fx_story () : fx_hostile ();
      KgOutOptions o = { .lang = KG_LANG_KO, .title = "<b>제목</b> ]]> \\" };
      gsize len = 0;
      g_autofree char *svg = export (g, "svg", &o, &len);
      SvgCount c = parse_svg (svg, len);
      g_assert_cmpuint (c.nodes, ==, kg_graph_n_entities (g));
      g_assert_cmpuint (c.edges, ==, kg_graph_n_relations (g));
      g_assert_nonnull (strstr (c.text->str, "<b>제목</b> ]]> \\"));
      if (which == 0)
        {
          g_assert_nonnull (strstr (c.text->str, "일론 머스크"));
          g_assert_nonnull (strstr (c.text->str, "인수 제안"));
          g_assert_nonnull (strstr (svg, "xlink:href=\"https://www.wikidata.org/wiki/Q317521\""));
          g_assert_nonnull (strstr (svg, "font-family=\"Noto Sans CJK KR,NanumGothic,sans-serif\""));
          g_assert_nonnull (strstr (svg, "stroke-dasharray")); /* planned and reported */
        }
      else
        g_assert_nonnull (strstr (c.text->str, "<script>top.kgPwned=1</script>"));
      g_string_free (c.text, TRUE);
    }
}

static void
test_binary_formats (void)
{
  static const struct {
    const char *format, *magic;
  } formats[] = { { "png", "\x89PNG\r\n" }, { "pdf", "%PDF-" } };
  g_autoptr (KgGraph) g = fx_story ();
  KgOutOptions o = { .lang = KG_LANG_KO };
  for (gsize i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      gsize len = 0;
      g_autofree char *data = export (g, formats[i].format, &o, &len);
      g_assert_cmpuint (len, >, 1000);
      g_assert_cmpmem (data, strlen (formats[i].magic), formats[i].magic, strlen (formats[i].magic));
    }
}

static void
test_engine_choice (void)
{
  static const struct {
    guint n;
    const char *layout, *want;
  } cases[] = { { 20, NULL, "dot" }, { 150, NULL, "dot" }, { 151, NULL, "sfdp" },
                { 400, NULL, "sfdp" }, { 20, "neato", "neato" }, { 400, "dot", "dot" } };
  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (KgGraph) g = fx_large (cases[i].n);
      KgOutOptions o = { .lang = KG_LANG_KO, .layout = cases[i].layout };
      g_autofree char *dot = export (g, "dot", &o, NULL);
      Agraph_t *ag = agmemread (dot);
      g_assert_cmpstr (agget (ag, "layout"), ==, cases[i].want);
      agclose (ag);
    }
}

/* A 400-entity graph goes through sfdp and renders in seconds. */
static void
test_large_svg (void)
{
  g_autoptr (KgGraph) g = fx_large (400);
  KgOutOptions o = { .lang = KG_LANG_KO, .dropped = 2600 };
  gint64 t0 = g_get_monotonic_time ();
  gsize len = 0;
  g_autofree char *svg = export (g, "svg", &o, &len);
  double secs = (g_get_monotonic_time () - t0) / 1e6;
  g_test_message ("400 entities, sfdp: %.2f s, %zu bytes", secs, len);
  /* Not under ASan or valgrind (KG_SLOW_RUN), which make it several times
   * slower: there the test is about memory, not time. */
  if (g_getenv ("KG_SLOW_RUN") == NULL)
    g_assert_cmpfloat (secs, <, 30);
  SvgCount c = parse_svg (svg, len);
  g_assert_cmpuint (c.nodes, ==, 400);
  g_assert_nonnull (strstr (c.text->str, "2600개는 생략"));
  g_string_free (c.text, TRUE);
}

static void
test_errors (void)
{
  g_autoptr (KgGraph) g = fx_story ();
  FILE *f = fopen ("/dev/null", "w");
  g_autoptr (GError) error = NULL;
  KgOutOptions bad_layout = { .layout = "nosuchengine" };
  g_assert_false (kg_export_file (kg_exporter_lookup ("svg"), g, &bad_layout, "/dev/null", &error));
  g_assert_error (error, KG_OUT_ERROR, KG_OUT_ERROR_RENDER);
  g_assert_nonnull (strstr (error->message, "nosuchengine"));
  g_clear_error (&error);
  /* A style with a #rgb colour is refused, with the colour named. */
  g_autofree char *dir = g_dir_make_tmp ("kg-style-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "style.json", NULL);
  g_autofree char *orig = NULL;
  g_autofree char *src = g_build_filename (g_getenv ("KG_SOURCE_DIR") ? g_getenv ("KG_SOURCE_DIR") : ".",
                                           "data", "style.json", NULL);
  g_assert_true (g_file_get_contents (src, &orig, NULL, NULL));
  GString *broken = g_string_new (orig);
  g_assert_cmpuint (g_string_replace (broken, "#fde2c8", "#fdc", 1), ==, 1);
  g_assert_true (g_file_set_contents (path, broken->str, -1, NULL));
  g_string_free (broken, TRUE);
  KgOutOptions bad_style = { .data_dir = dir };
  g_assert_false (kg_exporter_lookup ("dot")->write (g, &bad_style, f, &error));
  g_assert_error (error, KG_OUT_ERROR, KG_OUT_ERROR_STYLE);
  g_assert_nonnull (strstr (error->message, "#fdc"));
  g_unlink (path);
  g_rmdir (dir);
  fclose (f);
}

/* Without the plugin config file (GVBINDIR points nowhere), gvContext()
 * has no layouts, and the SVG still renders. */
static void
test_no_plugin_config (void)
{
  if (g_test_subprocess ())
    {
      g_setenv ("GVBINDIR", "/nonexistent-kgraph-test", TRUE);
      GVC_t *gvc = gvContext ();
      int n = 0;
      char **list = gvPluginList (gvc, "layout", &n, NULL);
      for (int i = 0; i < n; i++)
        free (list[i]);
      free (list);
      gvFreeContext (gvc);
      g_assert_cmpint (n, ==, 0);
      g_autoptr (KgGraph) g = fx_story ();
      KgOutOptions o = { .lang = KG_LANG_KO };
      gsize len = 0;
      g_autofree char *svg = export (g, "svg", &o, &len);
      SvgCount c = parse_svg (svg, len);
      g_assert_cmpuint (c.nodes, ==, kg_graph_n_entities (g));
      g_string_free (c.text, TRUE);
      g_autofree char *png = export (g, "png", &o, &len);
      g_assert_cmpmem (png, 4, "\x89PNG", 4);
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

/* test-dot --write story|hostile|largeN FORMAT FILE [ko|en] */
static int
write_fixture (char **argv)
{
  g_autoptr (KgGraph) g = strcmp (argv[2], "story") == 0     ? fx_story ()
                          : strcmp (argv[2], "hostile") == 0 ? fx_hostile ()
                                                             : fx_large (atoi (argv[2] + 5));
  KgOutOptions o = { .lang = argv[5] && strcmp (argv[5], "en") == 0 ? KG_LANG_EN : KG_LANG_KO,
                     .title = argv[2] };
  g_autoptr (GError) error = NULL;
  if (!kg_export_file (kg_exporter_lookup (argv[3]), g, &o, argv[4], &error))
    {
      g_printerr ("test-dot: %s\n", error->message);
      return 1;
    }
  return 0;
}

int
main (int argc, char **argv)
{
  if (argc >= 5 && strcmp (argv[1], "--write") == 0)
    return write_fixture (argv);
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/dot/golden", test_golden);
  g_test_add_func ("/dot/edges", test_edges);
  g_test_add_func ("/dot/nodes", test_nodes);
  g_test_add_func ("/dot/hostile", test_hostile_dot);
  g_test_add_func ("/dot/engine-choice", test_engine_choice);
  g_test_add_func ("/render/svg", test_svg);
  g_test_add_func ("/render/png-pdf", test_binary_formats);
  g_test_add_func ("/render/large", test_large_svg);
  g_test_add_func ("/render/errors", test_errors);
  g_test_add_func ("/render/no-plugin-config", test_no_plugin_config);
  return g_test_run ();
}
