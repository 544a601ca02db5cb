import { articleRecord } from '../store/store.test-helpers.js';

/** An article whose text, title, source, URL and names are markup, script URLs and a right-to-left override. */
export const HOSTILE_TEXT = 'Officials said <img src=x onerror=alert(1)> met <script>alert(2)</script> in \u202Egnp.exe on Monday. ' +
  '"javascript:alert(3) is the plan," <b>Mallory</b> said.';

export const hostileArticle = () => articleRecord({
  id: 'hostile', text: HOSTILE_TEXT, title: '<script>alert("title")</script><img src=x onerror=alert(4)>', published: '2020-09-07',
  url: 'javascript:alert(5)', source: '<i>source</i>',
  entities: [
    { id: 'e1', type: 'PERSON', name: '<img src=x onerror=alert(1)>', country: null, mentions: ['<img src=x onerror=alert(1)>'] },
    { id: 'e2', type: 'PERSON', name: '<b>Mallory</b>', country: null, mentions: ['<b>Mallory</b>'] },
  ],
  quotes: [{ kind: 'direct', text: 'javascript:alert(3) is the plan,', speaker: 'e2', date: '2020-09-07' }],
});
