/** Common family names in pinyin: a Chinese person's English name puts it first. */
export const PINYIN_SURNAMES: ReadonlySet<string> = new Set(
  'Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Gao Lin Luo Zheng Liang Xie Song Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Yuan Pan Cai Jiang Yu Du Ye Cheng Su Wei Lyu Lu Ding Ren Shen Yao Jin Fu Zhong Cui Tan Liao Fan Wan Qian Dai Xia Qiu Fang Hou Zou Xiong Meng Qin Bai Jia Yan Kong Shi Mao Hao Qiao Gong Gu Lei Duan Hong Tao Kang Shao Wen Niu Mo Yin Chang Long Qi Huo Xing Ouyang Sima Zhuge Shangguan'.split(
    ' ',
  ),
);
