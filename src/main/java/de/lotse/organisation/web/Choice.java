package de.lotse.organisation.web;

/** One option of a select of organisations or territories: its id and what the reader sees. */
public record Choice(long id, String label) {}
