/* SPDX-License-Identifier: MIT */
/* inputs.c: finds the documents under the paths a user gives: a file is
 * taken as it is, a folder is walked recursively for .txt and .md files.
 * Each file and folder is known by (device, inode), so symlink loops end and
 * a file reached twice is read once, under the smallest of its paths;
 * arguments and folder entries are taken in sorted order and the list is
 * sorted by path, so the graph never depends on the order of the arguments
 * or of readdir(). */
#include <dirent.h>
#include <errno.h>
#include <stdint.h>
#include <string.h>
#include <sys/stat.h>

#include <glib/gstdio.h>

#include "cli.h"

typedef struct {
  GHashTable *seen;  /* "dev:ino" of folders and files visited */
  GHashTable *files; /* "dev:ino" -> path (owned): the smallest path for each file */
  gboolean strict;   /* an entry that cannot be read is an error, not a warning */
  GError *error;     /* the first such error, in strict mode */
} Walk;

/* "PATH: what (skipped)", or in strict mode the walk's error. */
static void
skip (Walk *w, const char *path, int saved_errno)
{
  if (!w->strict)
    kg_cli_warn ("%s: %s (skipped)", path, g_strerror (saved_errno));
  else if (w->error == NULL)
    g_set_error (&w->error, KG_CLI_ERROR, KG_CLI_ERROR_INPUT, "%s: %s", path,
                 g_strerror (saved_errno));
}

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

static int
by_path (gconstpointer a, gconstpointer b)
{
  return strcmp (*(const char *const *)a, *(const char *const *)b);
}

/* Walks \p dir.  Entries that vanish or cannot be read are skipped. */
static void
walk_folder (Walk *w, const char *dir)
{
  DIR *d = opendir (dir);
  if (d == NULL)
    {
      skip (w, dir, errno);
      return;
    }
  g_autoptr (GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  struct dirent *entry;
  while ((entry = readdir (d)) != NULL)
    if (entry->d_name[0] != '.')
      g_ptr_array_add (names, g_strdup (entry->d_name));
  closedir (d);
  /* Sorted, so warnings come in the same order whatever readdir gives. */
  g_ptr_array_sort (names, by_path);
  for (guint i = 0; i < names->len && w->error == NULL; i++)
    {
      const char *base = names->pdata[i];
      g_autofree char *path = g_build_filename (dir, base, NULL);
      GStatBuf st;
      if (g_stat (path, &st) != 0)
        {
          /* A dangling symlink, a loop of links, a file gone since the
           * listing, a folder without search permission. */
          skip (w, path, errno);
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
kg_cli_find_documents (char **paths, gboolean strict, GError **error)
{
  Walk w = {
    g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL),
    g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free),
    strict,
    NULL,
  };
  /* In sorted order, so that of two paths to one folder (a symlink and
   * its target) the same one is walked whatever the order of \p paths. */
  g_autoptr (GPtrArray) sorted = g_ptr_array_new_with_free_func (g_free);
  for (char **p = paths; *p != NULL; p++)
    g_ptr_array_add (sorted, tidy_path (*p));
  g_ptr_array_sort (sorted, by_path);
  gboolean ok = TRUE;
  for (guint i = 0; ok && i < sorted->len; i++)
    {
      const char *path = sorted->pdata[i];
      GStatBuf st;
      if (g_stat (path, &st) != 0)
        {
          int saved = errno;
          g_set_error (error, KG_CLI_ERROR, KG_CLI_ERROR_INPUT, "%s: %s", path, g_strerror (saved));
          ok = FALSE;
        }
      else if (S_ISDIR (st.st_mode))
        {
          if (g_hash_table_add (w.seen, inode_key (&st)))
            walk_folder (&w, path);
          if (w.error != NULL)
            {
              g_propagate_error (error, g_steal_pointer (&w.error));
              ok = FALSE;
            }
        }
      else if (S_ISREG (st.st_mode))
        add_file (&w, path, &st); /* named explicitly: any extension */
      else
        {
          g_set_error (error, KG_CLI_ERROR, KG_CLI_ERROR_INPUT,
                       "%s: not a regular file or folder", path);
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
