package org.talentflow.mention;

/** A role title in the normalized text, [start, end), with the words that qualify it ("研究副总裁"). */
public record RoleMention(int start, int end, String text) {}
