/**
 * Editing layouts on the map: the open layouts as editable documents with one undo history and a selection each,
 * and the map tools that change them (select, add hub or depot, draw polygon and circle zones, move, edit vertices,
 * measure), all through edit commands of {@link org.hubmap.model.edit}.
 */
package org.hubmap.ui.edit;
