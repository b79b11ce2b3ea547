package org.hubmap.compare;

/**
 * An id that more than one feature of a layout carries. Such features are paired in order of appearance with the
 * features carrying the same id in the other layout: the first with the first, the second with the second.
 *
 * @param id the id as the file wrote it (a String or a number)
 * @param count how many features of the layout carry it, at least 2
 */
public record DuplicateId(Object id, int count) {
}
