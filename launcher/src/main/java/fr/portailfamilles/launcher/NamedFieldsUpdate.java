package fr.portailfamilles.launcher;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import de.bwaldvogel.mongo.backend.ArrayFilters;
import de.bwaldvogel.mongo.backend.UpdateOperatorAccess;
import de.bwaldvogel.mongo.backend.Utils;
import de.bwaldvogel.mongo.bson.Document;

/**
 * An update by operators ({@code $set}, {@code $inc}, {@code $push}, ...) applied to copies of the
 * top-level fields it names, the rest of the document shared with the stored one.
 *
 * <p>mongo-java-server copies the whole document twice for each update it applies (once to keep
 * the old one, once to build the new one), then compares both whole documents twice (to decide
 * whether to store, then to count it modified): on opening morning, two thirds of the wire
 * server's time went to updates and most of that to these copies and comparisons, of documents
 * that grow with the season (a registration holds its child's cells and requests, a slot every
 * child booked). An update changes only the fields its paths name, so only those are copied and
 * compared here, and the operators are the library's own ({@link UpdateOperatorAccess}): the
 * document stored, the answer and the errors are the library's.
 *
 * <p>Updates this does not take (the library's collection applies them as before): replacement
 * documents, {@code $rename} (its values name fields too) and {@code $bit}, positional paths
 * ({@code $}, {@code $[]}, {@code $[name]}) and array filters.
 */
final class NamedFieldsUpdate {

  private static final Set<String> OPERATORS = Set.of("$set", "$unset", "$inc", "$mul", "$min", "$max",
      "$currentDate", "$setOnInsert", "$push", "$addToSet", "$pop", "$pull", "$pullAll");

  private final Document update;
  /** The top-level fields the update names, each with whether a path goes below it ({@code cells.3.state}). */
  private final Map<String, Boolean> fields;

  private NamedFieldsUpdate(Document update, Map<String, Boolean> fields) {
    this.update = update;
    this.fields = fields;
  }

  /** The update as one applied to the fields it names, or empty if it is not one this class takes. */
  static Optional<NamedFieldsUpdate> of(Document update, ArrayFilters arrayFilters) {
    if (update.isEmpty() || (arrayFilters != null && !arrayFilters.isEmpty())) {
      return Optional.empty();
    }
    Map<String, Boolean> fields = new LinkedHashMap<>();
    for (Map.Entry<String, Object> operator : update.entrySet()) {
      if (!OPERATORS.contains(operator.getKey()) || !(operator.getValue() instanceof Document changes)) {
        return Optional.empty();
      }
      for (String path : changes.keySet()) {
        if (path.contains("$")) {
          return Optional.empty();
        }
        int dot = path.indexOf('.');
        fields.merge(dot < 0 ? path : path.substring(0, dot), dot >= 0, Boolean::logicalOr);
      }
    }
    return Optional.of(new NamedFieldsUpdate(update, fields));
  }

  /**
   * The update applied to {@code document}, which is left as it is.
   *
   * @param idField the field the update must not change
   */
  Applied applyTo(Document document, String idField) {
    UpdateOperatorAccess.checkPathsDoNotOverlap(update);
    Document updated = new Document(document);
    Document before = new Document();
    fields.forEach((field, goesBelow) -> {
      if (document.containsKey(field)) {
        Object value = document.get(field);
        before.put(field, value);
        updated.put(field, goesBelow ? deepCopy(value) : topLevelCopy(value));
      }
    });
    for (String operator : update.keySet()) {
      UpdateOperatorAccess.apply(updated, operator, (Document) update.get(operator), idField);
    }
    Document after = new Document();
    fields.keySet().stream().filter(updated::containsKey).forEach(field -> after.put(field, updated.get(field)));
    Utils.validateFieldNames(after);
    // the library's two tests, on the only fields that may differ: stored if not equal, counted
    // modified if not equal by its value equality (1 and 1.0 are equal there)
    boolean changed = !after.equals(before);
    return new Applied(updated, changed, changed && anyValueDiffers(before, after));
  }

  /**
   * Whether a field's value differs by the library's value equality, field by field: that
   * equality normalizes every value it compares, a long list at a time, while a list that got
   * longer or shorter differs anyway.
   */
  private boolean anyValueDiffers(Document before, Document after) {
    for (String field : fields.keySet()) {
      Object was = before.get(field);
      Object is = after.get(field);
      if (Objects.equals(was, is)) {
        continue;
      }
      if (was instanceof List<?> wasList && is instanceof List<?> isList && wasList.size() != isList.size()) {
        return true;
      }
      if (!UpdateOperatorAccess.sameValue(was, is)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The update's outcome for one document.
   *
   * @param document the document as the update leaves it
   * @param changed  whether it differs from the stored one, so must be stored
   * @param modified whether the library counts it modified
   */
  record Applied(Document document, boolean changed, boolean modified) {
  }

  /** A value that operators below its top level (a path through it) may change in place. */
  private static Object deepCopy(Object value) {
    if (value instanceof Document document) {
      return document.cloneDeeply();
    }
    if (value instanceof List<?> list) {
      List<Object> copy = new ArrayList<>(list.size());
      list.forEach(element -> copy.add(deepCopy(element)));
      return copy;
    }
    return value;
  }

  /**
   * A value that operators on the field itself may change: a list gets elements added, removed or
   * reordered ({@code $push}, {@code $pull}, {@code $pop}...), never changed inside; any other value is
   * replaced whole.
   */
  private static Object topLevelCopy(Object value) {
    if (value instanceof List<?> list) {
      return new ArrayList<>(list);
    }
    if (value instanceof Document document) {
      return new Document(document);
    }
    return value;
  }
}
