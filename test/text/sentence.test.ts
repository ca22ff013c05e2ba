import { describe, expect, it } from 'vitest';
import { asSentence } from '../../src/text/sentence';

describe('a title or a line said as a sentence', () => {
  it('gets a full stop only where it does not end one already', () => {
    expect(asSentence('The launch review')).toBe('The launch review.');
    expect(asSentence('Paged at 2 a.m.')).toBe('Paged at 2 a.m.');
    expect(asSentence('Would you co-maintain?')).toBe('Would you co-maintain?');
    expect(asSentence("'Would you want to manage?'")).toBe("'Would you want to manage?'");
    expect(asSentence('“Don’t you want a seat at my table?”')).toBe('“Don’t you want a seat at my table?”');
    expect(asSentence('  Wait for it…  ')).toBe('Wait for it…');
    expect(asSentence('')).toBe('');
  });
});
