/**
 * Planning: strategy documents (guidelines, mission statements, concepts, planning projects) with fields of action,
 * objectives and measures; target values on monitoring indicators, performance measures and evaluation rounds — the
 * steering cycle of integrated social planning.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Planning")
package de.lotse.planning;
