/**
 * Shared infrastructure every module may use: database bootstrap (embedded or external PostgreSQL), the page layout,
 * language handling, error pages and data-source attributions.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package de.lotse.shared;
