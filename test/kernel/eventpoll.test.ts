/**
 * The kernel's event file descriptors give back every page and object they take:
 * fixtures/epoll_pages.c makes epoll instances watching pipes, sockets, eventfds,
 * timerfds, signalfds and each other, closes them in every order, exits with items left
 * and kills a sleeper, many times, in a child, and compares the free memory before and
 * after (sysinfo). How they behave is judged against Linux in test/userland/epoll.test.ts.
 */
import { describe, it } from 'vitest';
import { expectNoPagesLost, useKernelFixtures } from './fixtures.js';

describe('event file descriptors in the kernel', () => {
  const fixtures = useKernelFixtures('tcc-lite-eventpoll-');

  it('epoll, eventfd, timerfd and signalfd free every page and object: closed in any order, left to exit, sleepers killed', async () => {
    await expectNoPagesLost(fixtures, 'epoll_pages');
  }, 120_000);
});
