/* SPDX-License-Identifier: MIT */
/* legend.c: the diagram's title and legend, as the graph label: one
 * HTML-like table on top of the drawing (corpus name; entity and relation
 * counts and how many were left out; a coloured cell per entity type; the
 * line styles).  A graph label works with every engine, where a legend node
 * would float anywhere in an sfdp layout.  All text is markup-escaped. */
#include <string.h>

#include "style.h"

#define TITLE_MAX 80

/* @return (transfer full): \p template with {entities}, {relations} and
 * {dropped} replaced by the numbers */
static char *
fill_counts (const char *template, guint entities, guint relations, guint dropped)
{
  g_autofree char *e = g_strdup_printf ("%u", entities);
  g_autofree char *r = g_strdup_printf ("%u", relations);
  g_autofree char *d = g_strdup_printf ("%u", dropped);
  GString *s = g_string_new (template);
  g_string_replace (s, "{entities}", e, 0);
  g_string_replace (s, "{relations}", r, 0);
  g_string_replace (s, "{dropped}", d, 0);
  return g_string_free (s, FALSE);
}

static void
add_text_row (GString *html, const char *text, double size, gboolean bold)
{
  g_autofree char *t = kg_diagram_html_text (text, TITLE_MAX * 2);
  char pt[G_ASCII_DTOSTR_BUF_SIZE];
  g_string_append_printf (html, "<TR><TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"%s\">%s%s%s</FONT></TD></TR>",
                          g_ascii_formatd (pt, sizeof pt, "%.1f", size), bold ? "<B>" : "", t,
                          bold ? "</B>" : "");
}

/* Each legend row is a table of its own in one cell, so that its cells
 * do not share column widths with the other row. */
static void
open_row (GString *html, double size, const char *head)
{
  g_autofree char *h = kg_diagram_html_text (head, TITLE_MAX);
  char pt[G_ASCII_DTOSTR_BUF_SIZE];
  g_string_append_printf (html, "<TR><TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"%s\">"
                          "<TABLE BORDER=\"0\" CELLSPACING=\"4\" CELLPADDING=\"2\"><TR><TD>%s</TD>",
                          g_ascii_formatd (pt, sizeof pt, "%.1f", size), h);
}

static void
close_row (GString *html)
{
  g_string_append (html, "</TR></TABLE></FONT></TD></TR>");
}

static void
add_types_row (GString *html, const KgStyle *style, KgLang lang, double size)
{
  open_row (html, size, style->legend_types[lang]);
  for (int t = 0; t < KG_TYPE_N; t++)
    {
      const KgTypeStyle *ts = &style->types[t];
      g_autofree char *name = kg_diagram_html_text (ts->label[lang], TITLE_MAX);
      g_string_append_printf (html, "<TD BORDER=\"1\" BGCOLOR=\"%s\" COLOR=\"%s\">%s</TD>",
                              ts->fill, ts->color, name);
    }
  g_autofree char *disc = kg_diagram_html_text (style->discovered.label[lang], TITLE_MAX);
  g_string_append_printf (html, "<TD BORDER=\"1\" STYLE=\"dashed\" COLOR=\"%s\">%s</TD>",
                          style->discovered.color, disc);
  close_row (html);
}

/* One cell per line style, naming the statuses drawn with it. */
static void
add_lines_row (GString *html, const KgStyle *style, KgLang lang, double size)
{
  open_row (html, size, style->legend_lines[lang]);
  gboolean done[KG_STATUS_N] = { FALSE };
  for (int s = 0; s < KG_STATUS_N; s++)
    {
      if (done[s])
        continue;
      const char *line = style->status[s].style;
      GString *names = g_string_new (NULL);
      for (int o = s; o < KG_STATUS_N; o++)
        if (!done[o] && strcmp (style->status[o].style, line) == 0)
          {
            g_string_append_printf (names, "%s%s", names->len ? ", " : "", style->status[o].label[lang]);
            done[o] = TRUE;
          }
      const char *drawn = strstr (line, "dashed") ? "- - - -" : strstr (line, "dotted") ? "· · · ·" : "────";
      g_autofree char *text = kg_diagram_html_text (names->str, TITLE_MAX);
      g_string_append_printf (html, "<TD>%s %s</TD>", drawn, text);
      g_string_free (names, TRUE);
    }
  g_autofree char *width = kg_diagram_html_text (style->legend_width[lang], TITLE_MAX);
  g_string_append_printf (html, "<TD>%s</TD>", width);
  close_row (html);
}

void
kg_diagram_add_legend (Agraph_t *g, const KgGraph *graph, const KgOutOptions *options,
                       const KgStyle *style, double scale)
{
  KgLang lang = options->lang < KG_LANG_N ? options->lang : KG_LANG_EN;
  GString *html = g_string_new ("<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"4\">");
  if (options->title != NULL && *options->title != '\0')
    add_text_row (html, options->title, style->title_size * scale, TRUE);
  g_autofree char *counts = fill_counts (style->title[lang], kg_graph_n_entities (graph),
                                         kg_graph_n_relations (graph), options->dropped);
  if (options->dropped > 0)
    {
      g_autofree char *dropped = fill_counts (style->dropped[lang], 0, 0, options->dropped);
      g_autofree char *both = g_strconcat (counts, " · ", dropped, NULL);
      add_text_row (html, both, (style->legend_size + 2) * scale, FALSE);
    }
  else
    add_text_row (html, counts, (style->legend_size + 2) * scale, FALSE);
  add_types_row (html, style, lang, style->legend_size * scale);
  add_lines_row (html, style, lang, style->legend_size * scale);
  g_string_append (html, "</TABLE>");
  char *label = agstrdup_html (g, html->str);
  agset (g, "label", label);
  agstrfree (g, label);
  agset (g, "labelloc", "t");
  agset (g, "labeljust", "l");
  g_string_free (html, TRUE);
}
