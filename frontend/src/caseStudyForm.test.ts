import { describe, expect, it } from 'vitest';
import { listOf } from './pages/CaseStudyForm';

describe('listOf', () => {
  it('splits comma-separated tags and drops empty ones', () => {
    expect(listOf(' walking, school , ,safety')).toEqual(['walking', 'school', 'safety']);
  });

  it('splits links by line', () => {
    expect(listOf('https://a.example\n\n https://b.example ', /\n/)).toEqual(['https://a.example', 'https://b.example']);
  });
});
