/**
 * Who may do what in Lotse: user accounts with roles, sign-in for pages and the API (passwords and personal API
 * tokens), and the audit trail in which every module records who changed what and when.
 */
package de.lotse.account;
