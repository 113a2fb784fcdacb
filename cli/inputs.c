/* SPDX-License-Identifier: MIT */
/* inputs.c: finds the documents under the paths a user gives: a file is
 * taken as it is, a folder is walked recursively for .txt and .md files.
 * Each file and folder is known by (device, inode), so symlink loops end and
 * a file reached twice is read once; the list is sorted by path, so the
 * graph never depends on the order of the arguments. */
#include <errno.h>
#include <stdint.h>
#include <string.h>
#include <sys/stat.h>

#include <glib/gstdio.h>

#include "cli.h"

typedef struct {
  GHashTable *seen;  /* "dev:ino" of folders and files visited */
  GHashTable *files; /* "dev:ino" -> path (owned): the smallest path for each file */
} Walk;

static char *
inode_key (const GStatBuf *st)
{
  return g_strdup_printf ("%ju:%ju", (uintmax_t)st->st_dev, (uintmax_t)st->st_ino);
}

static gboolean
is_document_name (const char *name)
{
  g_autofree char *lower = g_ascii_strdown (name, -1);
  return g_str_has_suffix (lower, ".txt") || g_str_has_suffix (lower, ".md");
}

/* Keeps \p path for the file \p st; of two paths to one file, the smaller. */
static void
add_file (Walk *w, const char *path, const GStatBuf *st)
{
  char *key = inode_key (st);
  const char *old = g_hash_table_lookup (w->files, key);
  if (old == NULL || strcmp (path, old) < 0)
    g_hash_table_insert (w->files, key, g_strdup (path));
  else
    g_free (key);
}

/* Walks \p dir.  Entries that vanish or cannot be read are warned about. */
static void
walk_folder (Walk *w, const char *dir)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GDir) d = g_dir_open (dir, 0, &error);
  if (d == NULL)
    {
      kg_cli_warn ("%s: skipped: %s", dir, error->message);
      return;
    }
  g_autoptr (GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;
  while ((name = g_dir_read_name (d)) != NULL)
    if (name[0] != '.')
      g_ptr_array_add (names, g_strdup (name));
  for (guint i = 0; i < names->len; i++)
    {
      const char *base = names->pdata[i];
      g_autofree char *path = g_build_filename (dir, base, NULL);
      GStatBuf st;
      if (g_stat (path, &st) != 0)
        {
          /* A dangling symlink or a file gone since the listing. */
          kg_cli_warn ("%s: skipped: %s", path, g_strerror (errno));
          continue;
        }
      if (S_ISDIR (st.st_mode))
        {
          char *key = inode_key (&st);
          if (g_hash_table_add (w->seen, key))
            walk_folder (w, path);
        }
      else if (S_ISREG (st.st_mode) && is_document_name (base))
        add_file (w, path, &st);
    }
}

static int
by_path (gconstpointer a, gconstpointer b)
{
  return strcmp (*(const char *const *)a, *(const char *const *)b);
}

/* "./x/" and "x" name one folder: paths are shown without "./" and a
 * trailing slash, so document ids agree whichever way a user types them. */
static char *
tidy_path (const char *path)
{
  char *p = g_strdup (path);
  gsize n = strlen (p);
  while (n > 1 && p[n - 1] == G_DIR_SEPARATOR)
    p[--n] = '\0';
  while (g_str_has_prefix (p, "./") && p[2] != '\0')
    memmove (p, p + 2, strlen (p + 2) + 1);
  return p;
}

GPtrArray *
kg_cli_find_documents (char **paths, GError **error)
{
  Walk w = {
    g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL),
    g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free),
  };
  gboolean ok = TRUE;
  for (char **p = paths; ok && *p != NULL; p++)
    {
      g_autofree char *path = tidy_path (*p);
      GStatBuf st;
      if (g_stat (path, &st) != 0)
        {
          int saved = errno;
          g_set_error (error, KG_CLI_ERROR, KG_CLI_ERROR_INPUT, "%s: %s", *p, g_strerror (saved));
          ok = FALSE;
        }
      else if (S_ISDIR (st.st_mode))
        {
          if (g_hash_table_add (w.seen, inode_key (&st)))
            walk_folder (&w, path);
        }
      else if (S_ISREG (st.st_mode))
        add_file (&w, path, &st); /* named explicitly: any extension */
      else
        {
          g_set_error (error, KG_CLI_ERROR, KG_CLI_ERROR_INPUT,
                       "%s: not a regular file or folder", *p);
          ok = FALSE;
        }
    }
  GPtrArray *docs = NULL;
  if (ok)
    {
      docs = g_ptr_array_new_with_free_func (g_free);
      GHashTableIter it;
      gpointer value;
      g_hash_table_iter_init (&it, w.files);
      while (g_hash_table_iter_next (&it, NULL, &value))
        g_ptr_array_add (docs, g_strdup (value));
      g_ptr_array_sort (docs, by_path);
    }
  g_hash_table_unref (w.seen);
  g_hash_table_unref (w.files);
  return docs;
}
