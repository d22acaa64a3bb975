// Yoti's @getyoti/sdk-sandbox ships no types: its builders are used as documented, loosely typed.
declare module '@getyoti/sdk-sandbox';
