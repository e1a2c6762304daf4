/* kc-plan.c: a weekly exercise plan and the record of doing it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A plan is what to do on each weekday; its log is what was done on each
 * date, and how much it hurt (kc-plan-log.c).  Every change emits
 * ::changed, which the store answers with an atomic save.
 */
#define G_LOG_DOMAIN "kc-plan"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "kc-plan-private.h"

G_DEFINE_FINAL_TYPE (KcPlan, kc_plan, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_NAME,
  PROP_PATIENT,
  PROP_NOTES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

void
_kc_plan_day_log_free (KcPlanDayLog *log)
{
  g_hash_table_unref (log->done);
  g_free (log);
}

void
_kc_plan_emit_changed (KcPlan *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
on_items_changed_cb (GListModel *model,
                     guint       position,
                     guint       removed,
                     guint       added,
                     KcPlan     *self)
{
  _kc_plan_emit_changed (self);
}

static void
kc_plan_dispose (GObject *object)
{
  KcPlan *self = (KcPlan *)object;

  for (guint i = 0; i < KC_N_WEEKDAYS; i++)
    g_clear_object (&self->days[i]);

  G_OBJECT_CLASS (kc_plan_parent_class)->dispose (object);
}

static void
kc_plan_finalize (GObject *object)
{
  KcPlan *self = (KcPlan *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->patient, g_free);
  g_clear_pointer (&self->notes, g_free);
  g_clear_pointer (&self->log, g_hash_table_unref);
  g_clear_pointer (&self->records, g_ptr_array_unref);
  g_clear_pointer (&self->changes, g_ptr_array_unref);
  g_clear_pointer (&self->psfs_activities, g_ptr_array_unref);
  g_clear_pointer (&self->psfs_ratings, g_ptr_array_unref);
  g_clear_pointer (&self->undo, g_ptr_array_unref);
  g_clear_pointer (&self->progress_file, g_free);

  G_OBJECT_CLASS (kc_plan_parent_class)->finalize (object);
}

static void
kc_plan_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  KcPlan *self = KC_PLAN (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_PATIENT:
      g_value_set_string (value, self->patient);
      break;

    case PROP_NOTES:
      g_value_set_string (value, self->notes);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/**
 * kc_plan_clean_text:
 *
 * @text as valid UTF-8 that an XML file can hold: text pasted from a word
 * processor or a PDF brings characters XML 1.0 forbids.  A form feed or
 * vertical tab becomes a line break; other control characters (but tab,
 * line feed and carriage return) and U+FFFE, U+FFFF are dropped.
 *
 * Returns: (transfer full): the cleaned text
 */
char *
kc_plan_clean_text (const char *text)
{
  g_autofree char *valid = g_utf8_make_valid (text ? text : "", -1);
  GString *clean = g_string_sized_new (strlen (valid));

  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '\f' || c == '\v')
        g_string_append_c (clean, '\n');
      else if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0xFFFE || c == 0xFFFF)
        continue;
      else
        g_string_append_unichar (clean, c);
    }

  return g_string_free (clean, FALSE);
}

/* Never keep more than a plan file may hold: what is saved must load. */
char *
_kc_plan_fit_text (const char *text,
                   glong       limit)
{
  g_autofree char *clean = kc_plan_clean_text (text);

  if (g_utf8_strlen (clean, -1) > limit)
    return g_utf8_substring (clean, 0, limit);
  return g_steal_pointer (&clean);
}

static void
set_string (KcPlan      *self,
            char       **field,
            const char  *value,
            GParamSpec  *pspec)
{
  glong limit = pspec == properties[PROP_NOTES]     ? KC_PLAN_MAX_NOTES
              : pspec == properties[PROP_PATIENT] ? KC_PLAN_MAX_PATIENT
                                                  : KC_PLAN_MAX_NAME;
  g_autofree char *clean = _kc_plan_fit_text (value, limit);

  value = clean;

  if (g_strcmp0 (*field, value) == 0)
    return;

  g_free (*field);
  *field = g_steal_pointer (&clean);
  g_object_notify_by_pspec (G_OBJECT (self), pspec);
  _kc_plan_emit_changed (self);
}

static void
kc_plan_set_property (GObject      *object,
                      guint         prop_id,
                      const GValue *value,
                      GParamSpec   *pspec)
{
  KcPlan *self = KC_PLAN (object);

  switch (prop_id)
    {
    case PROP_NAME:
      set_string (self, &self->name, g_value_get_string (value), pspec);
      break;

    case PROP_PATIENT:
      set_string (self, &self->patient, g_value_get_string (value), pspec);
      break;

    case PROP_NOTES:
      set_string (self, &self->notes, g_value_get_string (value), pspec);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kc_plan_class_init (KcPlanClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = kc_plan_dispose;
  object_class->finalize = kc_plan_finalize;
  object_class->get_property = kc_plan_get_property;
  object_class->set_property = kc_plan_set_property;

  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PATIENT] =
    g_param_spec_string ("patient", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NOTES] =
    g_param_spec_string ("notes", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * KcPlan::changed:
   *
   * Anything in the plan or its log changed: time to save.
   */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
kc_plan_init (KcPlan *self)
{
  self->name = g_strdup ("");
  self->patient = g_strdup ("");
  self->notes = g_strdup ("");
  self->log = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                     (GDestroyNotify)_kc_plan_day_log_free);
  self->records = g_ptr_array_new_with_free_func ((GDestroyNotify)kc_exercise_record_free);
  self->changes = g_ptr_array_new_with_free_func ((GDestroyNotify)kc_plan_change_free);
  self->psfs_activities = g_ptr_array_new_with_free_func ((GDestroyNotify)kc_psfs_activity_free);
  self->psfs_ratings = g_ptr_array_new_with_free_func ((GDestroyNotify)kc_psfs_rating_free);
  self->undo = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < KC_N_WEEKDAYS; i++)
    {
      self->days[i] = g_list_store_new (KC_TYPE_PLAN_ITEM);
      g_signal_connect (self->days[i], "items-changed", G_CALLBACK (on_items_changed_cb), self);
    }
}

/**
 * kc_plan_new:
 * @id: (nullable): the plan's id, which names its file; %NULL for a new one
 */
KcPlan *
kc_plan_new (const char *id,
             const char *name)
{
  KcPlan *self = g_object_new (KC_TYPE_PLAN, NULL);

  self->id = id ? g_strdup (id) : g_uuid_string_random ();
  g_free (self->name);
  self->name = _kc_plan_fit_text (name, KC_PLAN_MAX_NAME);

  return self;
}

/**
 * kc_plan_new_from_template:
 *
 * A new plan with the template's days and doses; an item without its own
 * dose gets the exercise's default from @library.
 */
KcPlan *
kc_plan_new_from_template (KcPlanTemplate *template,
                           KcLibrary      *library)
{
  KcPlan *self;

  g_return_val_if_fail (KC_IS_PLAN_TEMPLATE (template), NULL);
  g_return_val_if_fail (KC_IS_LIBRARY (library), NULL);

  self = kc_plan_new (NULL, kc_item_get_name (KC_ITEM (template)));
  for (guint day = 0; day < KC_N_WEEKDAYS; day++)
    {
      GArray *items = kc_plan_template_get_day (template, day);

      for (guint i = 0; i < items->len; i++)
        {
          KcTemplateItem *item = &g_array_index (items, KcTemplateItem, i);
          KcExercise *exercise = kc_library_lookup_exercise (library, item->exercise_id);
          const KcDose *dose = kc_dose_is_empty (&item->dose) && exercise != NULL
                                 ? kc_exercise_get_dose (exercise) : &item->dose;

          kc_plan_add_item (self, day, item->exercise_id, dose);
        }
    }

  return self;
}

static void
copy_days (KcPlan *self,
           KcPlan *copy)
{
  for (guint day = 0; day < KC_N_WEEKDAYS; day++)
    for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->days[day])); i++)
      {
        g_autoptr(KcPlanItem) item = g_list_model_get_item (G_LIST_MODEL (self->days[day]), i);
        g_autoptr(KcPlanItem) item_copy = kc_plan_item_copy (item);
        g_list_store_append (copy->days[day], item_copy);
      }
}

/* A copy with a new id, named "Copy of …", without the log. */
KcPlan *
kc_plan_duplicate (KcPlan *self)
{
  g_autofree char *name = NULL;
  KcPlan *copy;

  g_return_val_if_fail (KC_IS_PLAN (self), NULL);

  /* Translators: the name of a duplicated plan */
  name = g_strdup_printf (_("Copy of %s"), self->name);
  copy = kc_plan_new (NULL, name);
  g_free (copy->patient);
  copy->patient = g_strdup (self->patient);
  g_free (copy->notes);
  copy->notes = g_strdup (self->notes);

  copy_days (self, copy);

  return copy;
}

/**
 * kc_plan_snapshot:
 *
 * An exact copy — id, texts, days and log — that nothing else refers to:
 * a worker may read it while the plan itself is edited.
 *
 * Returns: (transfer full): the copy
 */
KcPlan *
kc_plan_snapshot (KcPlan *self)
{
  KcPlan *copy;

  g_return_val_if_fail (KC_IS_PLAN (self), NULL);

  copy = g_object_new (KC_TYPE_PLAN, NULL);
  copy->id = g_strdup (self->id);
  g_free (copy->name);
  copy->name = g_strdup (self->name);
  g_free (copy->patient);
  copy->patient = g_strdup (self->patient);
  g_free (copy->notes);
  copy->notes = g_strdup (self->notes);
  copy_days (self, copy);
  _kc_plan_copy_log (self, copy);
  copy->progress_imported = self->progress_imported;
  copy->progress_file = g_strdup (self->progress_file);

  return copy;
}

const char *
kc_plan_get_id (KcPlan *self)
{
  g_return_val_if_fail (KC_IS_PLAN (self), NULL);
  return self->id;
}

const char *
kc_plan_get_name (KcPlan *self)
{
  g_return_val_if_fail (KC_IS_PLAN (self), NULL);
  return self->name;
}

void
kc_plan_set_name (KcPlan     *self,
                  const char *name)
{
  g_return_if_fail (KC_IS_PLAN (self));
  set_string (self, &self->name, name, properties[PROP_NAME]);
}

const char *
kc_plan_get_patient (KcPlan *self)
{
  g_return_val_if_fail (KC_IS_PLAN (self), NULL);
  return self->patient;
}

void
kc_plan_set_patient (KcPlan     *self,
                     const char *patient)
{
  g_return_if_fail (KC_IS_PLAN (self));
  set_string (self, &self->patient, patient, properties[PROP_PATIENT]);
}

const char *
kc_plan_get_notes (KcPlan *self)
{
  g_return_val_if_fail (KC_IS_PLAN (self), NULL);
  return self->notes;
}

void
kc_plan_set_notes (KcPlan     *self,
                   const char *notes)
{
  g_return_if_fail (KC_IS_PLAN (self));
  set_string (self, &self->notes, notes, properties[PROP_NOTES]);
}

/**
 * kc_plan_get_day:
 * @weekday: 0 for Monday … 6 for Sunday
 *
 * Returns: (transfer none): a #GListModel of #KcPlanItem
 */
GListModel *
kc_plan_get_day (KcPlan *self,
                 guint   weekday)
{
  g_return_val_if_fail (KC_IS_PLAN (self), NULL);
  g_return_val_if_fail (weekday < KC_N_WEEKDAYS, NULL);

  return G_LIST_MODEL (self->days[weekday]);
}

static void
on_item_dose_changed_cb (KcPlanItem *item,
                         GParamSpec *pspec,
                         KcPlan     *self)
{
  _kc_plan_emit_changed (self);
}

/* Whether @weekday holds fewer than KC_PLAN_MAX_ITEMS_PER_DAY exercises. */
gboolean
kc_plan_day_has_room (KcPlan *self,
                      guint   weekday)
{
  g_return_val_if_fail (KC_IS_PLAN (self), FALSE);
  g_return_val_if_fail (weekday < KC_N_WEEKDAYS, FALSE);

  return g_list_model_get_n_items (G_LIST_MODEL (self->days[weekday])) <
         KC_PLAN_MAX_ITEMS_PER_DAY;
}

/**
 * kc_plan_insert_item:
 * @position: where, or G_MAXUINT for the end
 *
 * Inserts @item on @weekday, unless the day is full.
 *
 * Returns: %FALSE if @weekday already holds KC_PLAN_MAX_ITEMS_PER_DAY
 */
gboolean
kc_plan_insert_item (KcPlan     *self,
                     guint       weekday,
                     guint       position,
                     KcPlanItem *item)
{
  guint n;

  g_return_val_if_fail (KC_IS_PLAN (self), FALSE);
  g_return_val_if_fail (weekday < KC_N_WEEKDAYS, FALSE);
  g_return_val_if_fail (KC_IS_PLAN_ITEM (item), FALSE);

  if (!kc_plan_day_has_room (self, weekday))
    return FALSE;

  n = g_list_model_get_n_items (G_LIST_MODEL (self->days[weekday]));
  g_signal_connect_object (item, "notify::dose", G_CALLBACK (on_item_dose_changed_cb),
                           self, 0);
  g_list_store_insert (self->days[weekday], MIN (position, n), item);
  return TRUE;
}

/* Returns: (transfer none) (nullable): the new item, or %NULL if the day
 *   is full */
KcPlanItem *
kc_plan_add_item (KcPlan       *self,
                  guint         weekday,
                  const char   *exercise_id,
                  const KcDose *dose)
{
  g_autoptr(KcPlanItem) item = kc_plan_item_new (exercise_id, dose);

  if (!kc_plan_insert_item (self, weekday, G_MAXUINT, item))
    return NULL;
  return item;
}

/**
 * kc_plan_remove_item:
 *
 * Returns: (transfer full) (nullable): the removed item, to undo with
 *   kc_plan_insert_item()
 */
KcPlanItem *
kc_plan_remove_item (KcPlan *self,
                     guint   weekday,
                     guint   position)
{
  KcPlanItem *item;

  g_return_val_if_fail (KC_IS_PLAN (self), NULL);
  g_return_val_if_fail (weekday < KC_N_WEEKDAYS, NULL);

  item = g_list_model_get_item (G_LIST_MODEL (self->days[weekday]), position);
  if (item == NULL)
    return NULL;

  g_signal_handlers_disconnect_by_data (item, self);
  g_list_store_remove (self->days[weekday], position);
  return item;
}

/* Moves the item at @from to @to on the same day. */
void
kc_plan_move_item (KcPlan *self,
                   guint   weekday,
                   guint   from,
                   guint   to)
{
  g_autoptr(KcPlanItem) item = NULL;

  g_return_if_fail (KC_IS_PLAN (self));

  if (from == to)
    return;

  item = kc_plan_remove_item (self, weekday, from);
  if (item != NULL)
    kc_plan_insert_item (self, weekday, to, item);
}

/**
 * kc_plan_find_item:
 * @weekday: (out) (optional): the day @item is on
 * @position: (out) (optional): where on that day
 *
 * Returns: whether @item is in this plan
 */
gboolean
kc_plan_find_item (KcPlan     *self,
                   KcPlanItem *item,
                   guint      *weekday,
                   guint      *position)
{
  g_return_val_if_fail (KC_IS_PLAN (self), FALSE);
  g_return_val_if_fail (KC_IS_PLAN_ITEM (item), FALSE);

  for (guint day = 0; day < KC_N_WEEKDAYS; day++)
    {
      guint found;

      if (!g_list_store_find (self->days[day], item, &found))
        continue;
      if (weekday != NULL)
        *weekday = day;
      if (position != NULL)
        *position = found;
      return TRUE;
    }

  return FALSE;
}

/* Moves @item, wherever it is in the plan, to the end of @weekday. */
gboolean
kc_plan_move_item_to_day (KcPlan     *self,
                          KcPlanItem *item,
                          guint       weekday)
{
  g_autoptr(KcPlanItem) removed = NULL;
  guint from_day, position;

  g_return_val_if_fail (KC_IS_PLAN (self), FALSE);
  g_return_val_if_fail (weekday < KC_N_WEEKDAYS, FALSE);

  if (!kc_plan_find_item (self, item, &from_day, &position))
    return FALSE;
  if (from_day == weekday)
    return TRUE;
  if (!kc_plan_day_has_room (self, weekday))
    return FALSE;

  removed = kc_plan_remove_item (self, from_day, position);
  kc_plan_insert_item (self, weekday, G_MAXUINT, removed);
  return TRUE;
}

guint
kc_plan_get_n_items (KcPlan *self)
{
  guint n = 0;

  g_return_val_if_fail (KC_IS_PLAN (self), 0);

  for (guint day = 0; day < KC_N_WEEKDAYS; day++)
    n += g_list_model_get_n_items (G_LIST_MODEL (self->days[day]));

  return n;
}
