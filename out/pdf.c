/* SPDX-License-Identifier: MIT */
/* pdf.c: makes the PDF cairo writes the same from run to run.  cairo 1.16
 * places some glyphs one rounding step apart between runs (the same
 * Graphviz layout, drawn twice; `dot -Tpdf` does it too), so each page's
 * content stream is inflated, its decimal numbers are rounded to three
 * places (a thousandth of a point), and it is deflated again; the objects
 * are then written back in their order with a new cross-reference table.
 * Font files and other binary streams are copied untouched.  Anything that
 * does not look like cairo's plain layout is returned as it came. */
#include <stdlib.h>
#include <string.h>

#include <gio/gio.h>

#include "exporters.h"

/* memmem over binary data (g_strstr_len stops at a NUL byte). */
static const char *
find (const char *hay, gsize len, const char *needle)
{
  return memmem (hay, len, needle, strlen (needle));
}

typedef struct {
  guint number;
  gsize start, end; /* the whole "N 0 obj ... endobj\n" */
} Obj;

static gboolean
transform (GConverter *conv, const char *in, gsize len, GByteArray *out)
{
  gsize done = 0;
  for (;;)
    {
      guint8 buf[16384];
      gsize read = 0, written = 0;
      g_autoptr (GError) error = NULL;
      GConverterResult r = g_converter_convert (conv, in + done, len - done, buf, sizeof buf,
                                                G_CONVERTER_INPUT_AT_END, &read, &written, &error);
      if (r == G_CONVERTER_ERROR)
        return FALSE;
      done += read;
      g_byte_array_append (out, buf, written);
      if (r == G_CONVERTER_FINISHED)
        return TRUE;
    }
}

/* Rounds every number with more than three decimals to three. */
static char *
round_numbers (const char *text, gsize len, gsize *out_len)
{
  GString *s = g_string_sized_new (len);
  for (gsize i = 0; i < len;)
    {
      gsize j = i;
      if (text[j] == '-')
        j++;
      gsize digits = j;
      while (j < len && g_ascii_isdigit (text[j]))
        j++;
      gboolean number = j > digits && j < len && text[j] == '.' && (i == 0 || !g_ascii_isalnum (text[i - 1]));
      if (number)
        {
          gsize k = j + 1;
          while (k < len && g_ascii_isdigit (text[k]))
            k++;
          if (k - j - 1 > 3)
            {
              g_autofree char *n = g_strndup (text + i, k - i);
              char buf[G_ASCII_DTOSTR_BUF_SIZE];
              g_ascii_formatd (buf, sizeof buf, "%.3f", g_ascii_strtod (n, NULL));
              g_string_append (s, strcmp (buf, "-0.000") == 0 ? "0.000" : buf);
              i = k;
              continue;
            }
        }
      g_string_append_c (s, text[i]);
      i++;
    }
  *out_len = s->len;
  return g_string_free (s, FALSE);
}

/* The value of the integer object \p number ("12 0 obj\n 3456\nendobj"). */
static gboolean
int_object (const char *data, const GArray *objs, guint number, guint *value, guint *index)
{
  for (guint i = 0; i < objs->len; i++)
    {
      const Obj *o = &g_array_index (objs, Obj, i);
      if (o->number != number)
        continue;
      const char *p = memchr (data + o->start, '\n', o->end - o->start);
      if (p == NULL)
        return FALSE;
      *value = (guint) strtoul (p + 1, NULL, 10);
      *index = i;
      return TRUE;
    }
  return FALSE;
}

/* The objects of \p data, in file order, and where the xref begins. */
static GArray *
objects (const char *data, gsize len, gsize *xref)
{
  GArray *objs = g_array_new (FALSE, FALSE, sizeof (Obj));
  const char *end = data + len;
  for (const char *p = data; p < end;)
    {
      const char *nl = memchr (p, '\n', end - p);
      gsize line = (nl != NULL ? nl : end) - p;
      if (line >= 4 && g_str_has_prefix (p, "xref"))
        {
          *xref = p - data;
          return objs;
        }
      guint number = 0;
      int n = 0;
      if (g_ascii_isdigit (*p) && sscanf (p, "%u 0 obj%n", &number, &n) == 1 && (gsize)n == line)
        {
          const char *close = find (p, end - p, "\nendobj\n");
          if (close == NULL)
            break;
          Obj o = { number, p - data, close + strlen ("\nendobj\n") - data };
          g_array_append_val (objs, o);
          p = data + o.end;
          continue;
        }
      p = nl != NULL ? nl + 1 : end;
    }
  g_array_unref (objs);
  return NULL;
}

/* The stream of object \p o, rounded; NULL if it is not a content stream. */
static GBytes *
rounded_stream (const char *data, const Obj *o, gsize *body, gsize *body_len, guint *length_ref)
{
  const char *obj = data + o->start;
  gsize n = o->end - o->start;
  const char *dict_end = find (obj, n, "stream\n");
  if (dict_end == NULL || find (obj, dict_end - obj, "/FlateDecode") == NULL)
    return NULL;
  const char *len_at = find (obj, dict_end - obj, "/Length ");
  guint ref = 0, gen = 0;
  if (len_at == NULL || sscanf (len_at, "/Length %u %u R", &ref, &gen) != 2)
    return NULL;
  *length_ref = ref;
  *body = (dict_end + strlen ("stream\n")) - data;
  const char *stop = find (data + *body, o->end - *body, "endstream");
  if (stop == NULL)
    return NULL;
  *body_len = stop - (data + *body);
  if (*body_len > 0 && data[*body + *body_len - 1] == '\n')
    (*body_len)--; /* "...\nendstream": the newline is no data */
  g_autoptr (GByteArray) plain = g_byte_array_new ();
  g_autoptr (GZlibDecompressor) inflate = g_zlib_decompressor_new (G_ZLIB_COMPRESSOR_FORMAT_ZLIB);
  if (!transform (G_CONVERTER (inflate), data + *body, *body_len, plain))
    return NULL;
  /* Only page content: text, no NUL, with text objects in it. */
  if (memchr (plain->data, '\0', plain->len) != NULL
      || find ((char *)plain->data, plain->len, " Tm\n") == NULL)
    return NULL;
  gsize rlen = 0;
  g_autofree char *rounded = round_numbers ((char *)plain->data, plain->len, &rlen);
  g_autoptr (GByteArray) packed = g_byte_array_new ();
  g_autoptr (GZlibCompressor) deflate = g_zlib_compressor_new (G_ZLIB_COMPRESSOR_FORMAT_ZLIB, 9);
  if (!transform (G_CONVERTER (deflate), rounded, rlen, packed))
    return NULL;
  return g_byte_array_free_to_bytes (g_steal_pointer (&packed));
}

char *
kg_pdf_normalize (const char *data, gsize len, gsize *out_len)
{
  gsize xref = 0;
  g_autoptr (GArray) objs = objects (data, len, &xref);
  const char *trailer = objs != NULL ? find (data + xref, len - xref, "trailer") : NULL;
  const char *startxref = trailer != NULL ? find (trailer, len - (trailer - data), "startxref") : NULL;
  if (objs == NULL || objs->len == 0 || startxref == NULL)
    return NULL;
  /* New bodies and new lengths, by object index. */
  g_autoptr (GPtrArray) streams = g_ptr_array_new_with_free_func ((GDestroyNotify)g_bytes_unref);
  g_ptr_array_set_size (streams, objs->len);
  g_autofree guint *new_length = g_new0 (guint, objs->len); /* + 1, by index of the length object */
  g_autofree gsize *body = g_new0 (gsize, objs->len);
  g_autofree gsize *body_len = g_new0 (gsize, objs->len);
  for (guint i = 0; i < objs->len; i++)
    {
      guint ref = 0, value = 0, at = 0;
      GBytes *b = rounded_stream (data, &g_array_index (objs, Obj, i), &body[i], &body_len[i], &ref);
      if (b == NULL)
        continue;
      if (!int_object (data, objs, ref, &value, &at) || value != body_len[i])
        {
          g_bytes_unref (b);
          continue;
        }
      streams->pdata[i] = b;
      new_length[at] = g_bytes_get_size (b) + 1;
    }
  guint max = 0;
  for (guint i = 0; i < objs->len; i++)
    max = MAX (max, g_array_index (objs, Obj, i).number);
  g_autofree gsize *offset = g_new0 (gsize, max + 1);
  GString *out = g_string_sized_new (len);
  g_string_append_len (out, data, g_array_index (objs, Obj, 0).start);
  for (guint i = 0; i < objs->len; i++)
    {
      const Obj *o = &g_array_index (objs, Obj, i);
      offset[o->number] = out->len;
      if (streams->pdata[i] != NULL)
        {
          gsize size = 0;
          const char *bytes = g_bytes_get_data (streams->pdata[i], &size);
          g_string_append_len (out, data + o->start, body[i] - o->start);
          g_string_append_len (out, bytes, size);
          g_string_append_len (out, data + body[i] + body_len[i], o->end - body[i] - body_len[i]);
        }
      else if (new_length[i] != 0)
        g_string_append_printf (out, "%u 0 obj\n   %u\nendobj\n", o->number, new_length[i] - 1);
      else
        g_string_append_len (out, data + o->start, o->end - o->start);
    }
  gsize xref_at = out->len;
  g_string_append_printf (out, "xref\n0 %u\n0000000000 65535 f \n", max + 1);
  for (guint n = 1; n <= max; n++)
    g_string_append_printf (out, offset[n] ? "%010zu 00000 n \n" : "%010zu 00000 f \n", offset[n]);
  g_string_append_len (out, trailer, startxref - trailer);
  g_string_append_printf (out, "startxref\n%zu\n%%%%EOF\n", xref_at);
  *out_len = out->len;
  return g_string_free (out, FALSE);
}
