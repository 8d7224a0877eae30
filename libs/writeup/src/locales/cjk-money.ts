import type { Money } from './locale.js';

/** Currency words of Chinese and Japanese news, by ISO 4217 code. */
export const ZH_CURRENCIES: Record<string, string> = {
  CNY: '元',
  HKD: '港元',
  MOP: '澳门元',
  USD: '美元',
  EUR: '欧元',
  JPY: '日元',
  GBP: '英镑',
  AUD: '澳元',
  CAD: '加元',
  KRW: '韩元',
  SGD: '新加坡元',
};
export const JA_CURRENCIES: Record<string, string> = {
  CNY: '元',
  HKD: '香港ドル',
  MOP: 'パタカ',
  USD: '米ドル',
  EUR: 'ユーロ',
  JPY: '円',
  GBP: 'ポンド',
  AUD: '豪ドル',
  CAD: 'カナダドル',
  KRW: 'ウォン',
  SGD: 'シンガポールドル',
};

/**
 * An amount the way Chinese news writes money: in 亿 (10^8) or 万 (10^4) with up to two decimals (23.5亿元, 8500万美元),
 * plain below ten thousand.
 */
export function zhMoney({ amount, currency }: Money): string {
  const unit = ZH_CURRENCIES[currency] ?? currency;
  const scaled = (n: number, word: string) => `${Number(n.toFixed(2))}${word}${unit}`;
  if (amount >= 1e8) return scaled(amount / 1e8, '亿');
  if (amount >= 1e4) return scaled(amount / 1e4, '万');
  return `${Math.round(amount)}${unit}`;
}

/**
 * An amount the way Japanese newspapers write money: 億 and 万 as words with whole numbers between them
 * (2億3500万元, 8500万米ドル, 9999円), rounded to the 万; below ten thousand plain.
 */
export function jaMoney({ amount, currency }: Money): string {
  const unit = JA_CURRENCIES[currency] ?? currency;
  if (amount < 1e4) return `${Math.round(amount)}${unit}`;
  const man = Math.round(amount / 1e4);
  const oku = Math.floor(man / 1e4);
  const rest = man % 1e4;
  return `${oku > 0 ? `${oku}億` : ''}${rest > 0 ? `${rest}万` : ''}${unit}`;
}
