/** One cell of a child's grid and its legend state; the progress of a family's request until every cell is decided. */
package fr.portailfamilles.reservation.grid.domain;
