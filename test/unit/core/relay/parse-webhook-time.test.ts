import { describe, expect, it } from 'vitest';
import { parseWebhookTime } from '../../../../electron/core/relay/parse-webhook-time';

describe('parseWebhookTime', () => {
  it.each([
    ['2016-08-12 15:23:28 UTC', '2016-08-12T15:23:28.000Z'],
    ['2013-12-03T17:15:43Z', '2013-12-03T17:15:43.000Z'],
    ['2011-12-12T14:27:31+02:00', '2011-12-12T12:27:31.000Z'],
    ['2021-02-23T02:41:37.886Z', '2021-02-23T02:41:37.886Z'],
    ['2021-04-28 21:50:00 +0200', '2021-04-28T19:50:00.000Z'],
  ])('reads %s as %s', (text, expected) => {
    expect(parseWebhookTime(text)).toBe(expected);
  });

  it.each([['2015-04-08T21: 00:25-07:00'], ['yesterday'], ['2016-08-12 15:23:28'], [''], [null], [42]])('gives null for %s rather than a guess', (value) => {
    expect(parseWebhookTime(value)).toBeNull();
  });
});
